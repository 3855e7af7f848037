using System.Text.Json;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// Finding the next date inside the meeting: the facilitator proposes two dates in "Příští termín", a member seated
/// in the meeting answers on a phone, the facilitator sees the best date arrive live and chooses it, and it is in
/// the group's calendar.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeetingDatePollTests(AppFixture app)
{
    [Fact]
    public async Task A_date_proposed_and_answered_in_the_meeting_is_chosen_there_into_the_groups_calendar()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await context.NewPageAsync();
        await SignInAsync(facilitator);
        var groupId = await DatePollTests.GroupWithMembersAsync(facilitator, "Ema Malá", "Filip Horák");
        var created = await facilitator.APIRequest.PostAsync($"/api/working-groups/{groupId}/meetings", new()
        {
            DataObject = new { title = "Setkání s hledáním termínu", startsAt = "2026-12-08T13:00:00", place = "Liberec" },
            Headers = await DatePollTests.CsrfAsync(facilitator),
        });
        Assert.True(created.Ok, await created.TextAsync());
        var meetingId = JsonDocument.Parse(await created.TextAsync()).RootElement.GetProperty("id").GetString()!;
        var year = DateTime.Now.Year + 1;
        string Czech(int day, string time) =>
            $"{new DateTime(year, 2, day).ToString("ddd", System.Globalization.CultureInfo.GetCultureInfo("cs-CZ"))} {day}. 2. {year} {time}";

        await facilitator.GotoAsync($"/meetings/{meetingId}");
        await Expect(facilitator.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await OpenAreaAsync(facilitator, "Hlasování");
        var panel = facilitator.GetByRole(AriaRole.Region, new() { Name = "Příští termín" });
        var proposer = panel.GetByRole(AriaRole.Form, new() { Name = "Navrhnout termíny dalšího jednání" });
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 1" }).GetByLabel("Datum").FillAsync($"{year}-02-09");
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 1" }).GetByLabel("Čas").FillAsync("14:00");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Přidat další termín" }).ClickAsync();
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 2" }).GetByLabel("Datum").FillAsync($"{year}-02-11");
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 2" }).GetByLabel("Čas").FillAsync("09:30");
        await proposer.GetByLabel("Místo (nepovinné)").FillAsync("Komunitní centrum");
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "the meeting's date proposer");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Spustit hledání termínu" }).ClickAsync();
        await Expect(panel.GetByText("Zatím nikdo neodpověděl ano ani pokud nutno.")).ToBeVisibleAsync();

        // Ema joins on a phone; until the facilitator says which member her seat is, she only sees the counts.
        var phone = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Ema Malá", p => p.SetViewportSizeAsync(360, 740));
        await OpenAreaAsync(phone, "Hlasování");
        var phonePanel = phone.GetByRole(AriaRole.Region, new() { Name = "Příští termín" });
        await Expect(phonePanel.GetByText("Odpovídají členové skupiny. Facilitátor(ka) může vaše místo přiřadit ke členovi v části Lidé.")).ToBeVisibleAsync();

        await OpenAreaAsync(facilitator, "Lidé");
        // Ema's row (the facilitator's own row lists her too, among its seat's choices, but has no "Možnosti").
        var seat = facilitator.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Ema Malá" }).Filter(new() { HasText = "Možnosti" });
        await seat.GetByText("Možnosti").ClickAsync();
        await seat.GetByLabel("Člen skupiny").SelectOptionAsync(new SelectOptionValue { Label = "Ema Malá" });
        await OpenAreaAsync(facilitator, "Hlasování");

        var grid = phonePanel.GetByRole(AriaRole.Table, new() { Name = "Vaše odpovědi" });
        await grid.GetByRole(AriaRole.Radio, new() { Name = $"{Czech(9, "14:00")} Pokud nutno" }).CheckAsync();
        await grid.GetByRole(AriaRole.Radio, new() { Name = $"{Czech(11, "09:30")} Ano" }).CheckAsync();
        await phonePanel.GetByRole(AriaRole.Button, new() { Name = "Uložit odpovědi" }).ClickAsync();
        await Expect(phonePanel.GetByRole(AriaRole.Status).Filter(new() { HasText = "Vaše odpovědi jsou uloženy." })).ToBeVisibleAsync();
        await Accessibility.CheckAsync(phone, app.AxeSource, "the answer grid in the meeting on a phone");
        await PhoneChecks.NoSideScrollAsync(phone, "the meeting's next date");
        await Shot(phone, "meeting-date-poll-phone");

        // The facilitator did nothing: the counts and the best date came live.
        await Expect(panel.GetByText($"Zatím nejlepší termín: {Czech(11, "09:30")}")).ToBeVisibleAsync();
        var best = panel.GetByRole(AriaRole.Row, new() { Name = Czech(11, "09:30") });
        await Expect(best.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["1", "0", "0", $"Vybrat {Czech(11, "09:30")}"]);
        await Accessibility.CheckAsync(facilitator, app.AxeSource, "the meeting's open date poll");
        await Shot(facilitator, "meeting-date-poll-facilitator");
        await best.GetByRole(AriaRole.Button).ClickAsync();
        var chosen = $"Vybráno: {Czech(11, "09:30")}. Jednání je v harmonogramu a kalendáři skupiny.";
        await Expect(panel.GetByText(chosen)).ToBeVisibleAsync();
        await Expect(phonePanel.GetByText(chosen)).ToBeVisibleAsync();

        var ics = await (await facilitator.APIRequest.GetAsync($"/api/working-groups/{groupId}/calendar.ics")).TextAsync();
        Assert.Contains($"DTSTART;TZID=Europe/Prague:{year}0211T093000", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Komunitní centrum", ics, StringComparison.Ordinal);
        await phone.Context.CloseAsync();
    }
}
