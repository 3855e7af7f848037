using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// One person, one seat (issue 19, "Rejoining from another browser with the same invite and name seats a second person"):
/// another browser on the same invite under the same name is asked "Is this you?" and continues in the same seat; the
/// facilitator merges two seats of one person in the people area.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SeatTests(AppFixture app)
{
    [Fact]
    public async Task Another_browser_with_the_same_invite_and_name_is_asked_and_continues_in_the_same_seat()
    {
        var facilitator = await FacilitatorAsync("Jedno místo na osobu");
        var invite = await InviteUrlAsync(facilitator);
        var laptop = await JoinAsync(invite, "Jana Nováková");
        await Expect(laptop.GetByText("Živě připojeno")).ToBeVisibleAsync();
        var count = facilitator.Locator(".roster-panel .count");
        await Expect(count).ToHaveTextAsync("Přítomno: 2 z 2");

        // The laptop is still connected: the seat is not for the taking.
        var phone = await OpenJoinAsync(invite, "jana  novakova");
        await Expect(phone.GetByRole(AriaRole.Alert).Filter(new() { HasText = "právě připojené" })).ToBeVisibleAsync();
        await laptop.Context.CloseAsync();
        await Expect(count).ToHaveTextAsync("Přítomno: 1 z 2");

        await phone.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        var question = phone.GetByRole(AriaRole.Group, new() { Name = "Jste to vy?" });
        await Expect(question).ToBeVisibleAsync();
        var confirm = question.GetByRole(AriaRole.Button, new() { Name = "Pokračovat jako jana  novakova" });
        await Expect(confirm).ToBeFocusedAsync();
        await CheckAsync(phone, "the join page's question \"Is this you?\"");
        await Shot(phone, "seat-question");
        await confirm.ClickAsync();

        await Expect(phone.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await Expect(phone.Locator(".meeting-facts")).ToContainTextAsync("Jana Nováková (Účastník)");
        await Expect(count).ToHaveTextAsync("Přítomno: 2 z 2");
        await Expect(facilitator.Locator(".roster li").Filter(new() { HasText = "Jana Nováková" })).ToHaveCountAsync(1);
        // The conflict-of-interest picker lists her once too.
        await OpenAreaAsync(facilitator, "Hlasování");
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync("Souhlasíte s návrhem?");
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var poll = facilitator.Locator(".poll").Filter(new() { HasText = "Souhlasíte s návrhem?" });
        await poll.Locator("summary").Filter(new() { HasText = "Střet zájmů" }).ClickAsync();
        await Expect(poll.GetByLabel("Kdo").Locator("option").Filter(new() { HasText = "Jana Nováková" })).ToHaveCountAsync(1);
        await OpenAreaAsync(facilitator, "Lidé");
        await Expect(facilitator.Locator(".moderation-log li").First).ToContainTextAsync("převzetí místa podle jména");
        await Shot(facilitator, "seat-reclaimed-facilitator");
    }

    [Fact]
    public async Task The_facilitator_merges_two_seats_of_one_person_and_her_phone_goes_on_in_the_kept_seat()
    {
        var facilitator = await FacilitatorAsync("Sloučení míst");
        var invite = await InviteUrlAsync(facilitator);
        var laptop = await JoinAsync(invite, "Jana Nováková");
        var phone = await JoinAsync(invite, "Jana (mobil)");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" }).ClickAsync();
        var count = facilitator.Locator(".roster-panel .count");
        await Expect(count).ToHaveTextAsync("Přítomno: 3 z 3");

        var entry = facilitator.Locator(".roster li").Filter(new() { HasText = "Jana (mobil)" });
        await entry.Locator("summary").ClickAsync();
        await entry.GetByRole(AriaRole.Button, new() { Name = "Sloučit do…" }).ClickAsync();
        var merge = facilitator.GetByRole(AriaRole.Group, new() { Name = "Sloučit „Jana (mobil)“ do jiného místa" });
        var keep = merge.GetByLabel("Ponechat místo");
        await Expect(keep).ToBeFocusedAsync();
        await keep.SelectOptionAsync(new SelectOptionValue { Label = (await keep.Locator("option").Filter(new() { HasText = "Jana Nováková" }).TextContentAsync())! });
        await CheckAsync(facilitator, "the people area's merge question");
        await Shot(facilitator, "seat-merge");
        await facilitator.Locator(".roster-panel").ScreenshotAsync(new() { Path = "/tmp/ui-seat-merge-people.png" });
        await merge.GetByRole(AriaRole.Button, new() { Name = "Sloučit", Exact = true }).ClickAsync();

        await Expect(merge).ToHaveCountAsync(0);
        await Expect(facilitator.Locator(".roster li").Filter(new() { HasText = "Jana (mobil)" })).ToHaveCountAsync(0);
        await Expect(count).ToHaveTextAsync("Přítomno: 2 z 2");
        await Expect(facilitator.Locator(".moderation-log li").First).ToContainTextAsync("Sloučeno – Jana Nováková ← Jana (mobil)");
        // The phone is the kept seat now: its raised hand is hers, and it lowers it.
        await Expect(phone.Locator(".meeting-facts")).ToContainTextAsync("Jana Nováková (Účastník)");
        await Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Stáhnout přihlášku" })).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Stáhnout přihlášku" }).ClickAsync();
        await Expect(laptop.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" })).ToBeVisibleAsync();
        await facilitator.Locator(".moderation-log summary").ClickAsync();
        await facilitator.Locator(".roster-panel").ScreenshotAsync(new() { Path = "/tmp/ui-seat-merged-people.png" });
    }

    private async Task<IPage> FacilitatorAsync(string title)
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await CreateMeetingAsync(page, title);
        return page;
    }

    /// <summary>One participant invite that several browsers use (a link shared with the group).</summary>
    private static async Task<string> InviteUrlAsync(IPage facilitator)
    {
        await OpenAreaAsync(facilitator, "Pozvánky");
        await facilitator.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Účastník" });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        var url = await facilitator.GetByLabel("Nový odkaz s pozvánkou (Účastník)").InputValueAsync();
        await OpenAreaAsync(facilitator, "Lidé");
        return url;
    }

    /// <summary>A new browser (its own storage: no ticket) opens the invite and submits the name.</summary>
    private async Task<IPage> OpenJoinAsync(string inviteUrl, string name)
    {
        var context = await app.Browser.NewContextAsync(new() { Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(inviteUrl);
        await page.GetByLabel("Vaše jméno").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        return page;
    }

    private async Task<IPage> JoinAsync(string inviteUrl, string name)
    {
        var page = await OpenJoinAsync(inviteUrl, name);
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        return page;
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
