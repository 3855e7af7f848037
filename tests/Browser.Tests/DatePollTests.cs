using System.Text.Json;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The group's manager proposes two dates; two members answer through their links without signing in (one on a
/// phone in Czech, one in English, by keyboard); the best date shows; the manager chooses it and it is in the
/// group's schedule and calendar, while the links stop working.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DatePollTests(AppFixture app)
{
    [Fact]
    public async Task A_date_poll_answered_by_two_members_through_their_links_ends_in_the_groups_calendar()
    {
        await using var managerContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var manager = await managerContext.NewPageAsync();
        await SignInAsync(manager);
        var groupId = await GroupWithMembersAsync(manager, "Ema Malá", "Filip Horák");
        var year = DateTime.Now.Year + 1;
        // Weekdays as Intl names them (ICU, like .NET here): "út 12. 1. 2027 14:00", "Tue, 12 Jan 2027, 14:00".
        string Czech(int day, string time) => $"{Weekday(day, "cs-CZ")} {day}. 1. {year} {time}";
        string English(int day, string time) => $"{Weekday(day, "en-GB")}, {day} Jan {year}, {time}";
        string Weekday(int day, string culture) =>
            new DateTime(year, 1, day).ToString("ddd", System.Globalization.CultureInfo.GetCultureInfo(culture));

        await manager.GotoAsync($"/groups/{groupId}");
        var poll = manager.GetByRole(AriaRole.Region, new() { Name = "Hledání termínu dalšího jednání" });
        var proposer = poll.GetByRole(AriaRole.Form, new() { Name = "Navrhnout termíny dalšího jednání" });
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 1" }).GetByLabel("Datum").FillAsync($"{year}-01-12");
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 1" }).GetByLabel("Čas").FillAsync("14:00");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Přidat další termín" }).ClickAsync();
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 2" }).GetByLabel("Datum").FillAsync($"{year}-01-14");
        await proposer.GetByRole(AriaRole.Group, new() { Name = "Termín 2" }).GetByLabel("Čas").FillAsync("09:30");
        await proposer.GetByLabel("Místo (nepovinné)").FillAsync("Krajský úřad, sál 2");
        await Accessibility.CheckAsync(manager, app.AxeSource, "the date proposer");
        await proposer.GetByRole(AriaRole.Button, new() { Name = "Spustit hledání termínu" }).ClickAsync();
        await Expect(poll.GetByText("Zatím nikdo neodpověděl ano ani pokud nutno.")).ToBeVisibleAsync();

        var emaLink = await LinkAsync(poll, "Ema Malá");
        var filipLink = await LinkAsync(poll, "Filip Horák");
        Assert.Contains($"/date-poll/{groupId}#", emaLink, StringComparison.Ordinal);
        await Accessibility.CheckAsync(manager, app.AxeSource, "the open date poll with a link shown");

        // Ema on a phone, in Czech: no to the first date, yes to the second, by keyboard.
        await using var phoneContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 360, Height = 740 } });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync(emaLink);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kdy můžete?");
        var grid = phone.GetByRole(AriaRole.Table, new() { Name = "Vaše odpovědi" });
        await grid.GetByRole(AriaRole.Radio).First.FocusAsync();
        await phone.Keyboard.PressAsync("ArrowRight");
        await phone.Keyboard.PressAsync("ArrowRight");
        await phone.Keyboard.PressAsync("Tab");
        await phone.Keyboard.PressAsync("Space");
        await Expect(grid.GetByRole(AriaRole.Radio, new() { Name = $"{Czech(12, "14:00")} Ne" })).ToBeCheckedAsync();
        await Expect(grid.GetByRole(AriaRole.Radio, new() { Name = $"{Czech(14, "09:30")} Ano" })).ToBeCheckedAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Uložit odpovědi" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Status).Filter(new() { HasText = "Vaše odpovědi jsou uloženy." })).ToBeVisibleAsync();
        await Expect(phone.GetByText($"Zatím nejlepší termín: {Czech(14, "09:30")}")).ToBeVisibleAsync();
        await Accessibility.CheckAsync(phone, app.AxeSource, "the answer page on a phone");
        await PhoneChecks.NoSideScrollAsync(phone, "the answer page");
        await Shot(phone, "date-poll-answer-phone");

        // Filip in English: if need be to both.
        await using var englishContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "en-GB" });
        var english = await englishContext.NewPageAsync();
        await english.GotoAsync(filipLink);
        await english.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        var englishGrid = english.GetByRole(AriaRole.Table, new() { Name = "Your answers" });
        await englishGrid.GetByRole(AriaRole.Radio, new() { Name = $"{English(12, "14:00")} If need be" }).CheckAsync();
        await englishGrid.GetByRole(AriaRole.Radio, new() { Name = $"{English(14, "09:30")} If need be" }).CheckAsync();
        await english.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();
        await Expect(english.GetByText($"Best date so far: {English(14, "09:30")}")).ToBeVisibleAsync();
        await Accessibility.CheckAsync(english, app.AxeSource, "the answer page in English");

        await poll.GetByRole(AriaRole.Button, new() { Name = "Zobrazit nejnovější odpovědi" }).ClickAsync();
        var best = poll.GetByRole(AriaRole.Row, new() { Name = Czech(14, "09:30") });
        await Expect(best).ToContainTextAsync("nejlepší");
        await Expect(best.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["1", "1", "0", $"Vybrat {Czech(14, "09:30")}"]);
        await Shot(manager, "date-poll-manager");
        await best.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(poll.GetByText($"Vybráno: {Czech(14, "09:30")}.")).ToBeVisibleAsync();
        await Expect(manager.GetByRole(AriaRole.Region, new() { Name = "Harmonogram jednání" })).ToContainTextAsync($"14. 1. {year} 09:30 – Krajský úřad, sál 2");
        await Accessibility.CheckAsync(manager, app.AxeSource, "the chosen date");

        var ics = await (await manager.APIRequest.GetAsync($"/api/working-groups/{groupId}/calendar.ics")).TextAsync();
        Assert.Contains($"DTSTART;TZID=Europe/Prague:{year}0114T093000", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Krajský úřad\\, sál 2", ics, StringComparison.Ordinal);

        await phone.ReloadAsync();
        await Expect(phone.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Odkaz už neplatí: termín byl vybrán nebo hledání skončilo.");
    }

    private static async Task<string> LinkAsync(ILocator poll, string name)
    {
        await poll.GetByRole(AriaRole.Button, new() { Name = $"Nový odkaz pro odpověď: {name}" }).ClickAsync();
        return await poll.GetByLabel($"Odkaz pro odpověď: {name}").InputValueAsync();
    }

    /// <summary>A new group of the signed-in organizer with the members, made through the API; its id.</summary>
    internal static async Task<string> GroupWithMembersAsync(IPage page, params string[] members)
    {
        var headers = await CsrfAsync(page);
        var group = await page.APIRequest.PostAsync("/api/working-groups", new() { DataObject = new { name = $"Skupina pro termíny {Guid.NewGuid():N}"[..30], targetGroup = "Seniors" }, Headers = headers });
        var groupId = JsonDocument.Parse(await group.TextAsync()).RootElement.GetProperty("id").GetString()!;
        foreach (var member in members)
        {
            var added = await page.APIRequest.PostAsync($"/api/working-groups/{groupId}/members", new() { DataObject = new { name = member }, Headers = headers });
            Assert.True(added.Ok, await added.TextAsync());
        }

        return groupId;
    }

    /// <summary>The headers an API call of the signed-in page needs (its antiforgery token).</summary>
    internal static async Task<Dictionary<string, string>> CsrfAsync(IPage page)
    {
        var csrf = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/auth/antiforgery")).TextAsync()).RootElement.GetProperty("token").GetString()!;
        return new Dictionary<string, string> { ["X-CSRF-TOKEN"] = csrf };
    }
}
