using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The meeting page as a workspace: areas with their own addresses, the live bar, the facilitator's quick actions
/// and shortcuts, what the page announces, and what someone types surviving live events.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkspaceTests(AppFixture app)
{
    private static readonly string[] FacilitatorAreas = ["Program", "Vize", "Hlasování", "Návrhy", "Otázky", "Zápis", "Lidé", "Pozvánky", "Nastavení"];
    private static readonly string[] ParticipantAreas = ["Program", "Vize", "Hlasování", "Návrhy", "Otázky", "Zápis", "Lidé"];

    [Fact]
    public async Task Every_area_has_its_address_back_and_forward_move_between_them_and_none_has_an_accessibility_violation()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Pracovní plocha setkání");
        var meetingId = MeetingIdOf(facilitator);
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Marie Malá");
        await participant.SetViewportSizeAsync(390, 844);
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost");
        await observer.SetViewportSizeAsync(390, 844);
        await facilitator.GetByLabel("Název bodu").FillAsync("Zahájení");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();

        // /meetings/{id} opens the programme; each area is one click away, with its own address.
        var nav = facilitator.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" });
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Program" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(FacilitatorAreas);
        foreach (var (page, role, areas) in new[] { (facilitator, "facilitator", FacilitatorAreas), (participant, "participant", ParticipantAreas), (observer, "observer", ParticipantAreas) })
        {
            foreach (var area in areas)
            {
                await OpenAreaAsync(page, area);
                await Expect(page.Locator(".area:not([hidden])")).ToHaveCountAsync(1);
                await CheckAsync(page, $"{area} ({role})");
                await Shot(page, $"workspace-{role}-{page.ViewportSize!.Width}-{Slug(area)}");
            }
        }

        await Expect(facilitator).ToHaveURLAsync($"{app.BaseUrl}/meetings/{meetingId}/settings");
        await Expect(participant.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" }).GetByRole(AriaRole.Link)).ToHaveTextAsync(ParticipantAreas);

        // Back and forward move between areas without a new page (the connection stays: nobody leaves and comes back).
        await facilitator.GoBackAsync();
        await Expect(facilitator).ToHaveURLAsync($"{app.BaseUrl}/meetings/{meetingId}/invitations");
        await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" })).ToBeVisibleAsync();
        await facilitator.GoBackAsync();
        await Expect(facilitator).ToHaveURLAsync($"{app.BaseUrl}/meetings/{meetingId}/people");
        await Expect(facilitator.Locator(".roster-panel")).ToBeVisibleAsync();
        await facilitator.GoForwardAsync();
        await Expect(facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" })).ToBeVisibleAsync();
        await Expect(participant.Locator(".announcer")).Not.ToContainTextAsync("Petra Hybnerová"); // the facilitator never left

        // A deep link opens its area; one the person may not open shows the programme.
        await participant.GotoAsync($"{app.BaseUrl}/meetings/{meetingId}/polls");
        await Expect(participant.Locator(".polls-panel")).ToBeVisibleAsync();
        await participant.GotoAsync($"{app.BaseUrl}/meetings/{meetingId}/settings");
        await Expect(participant).ToHaveURLAsync($"{app.BaseUrl}/meetings/{meetingId}/program");
        await Expect(participant.Locator(".agenda-panel")).ToBeVisibleAsync();

        // The projector keeps its address.
        var projector = await facilitatorContext.NewPageAsync();
        await projector.GotoAsync($"/meetings/{meetingId}/projector");
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní plocha setkání" })).ToBeVisibleAsync();
        await Expect(projector.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_facilitator_runs_the_meeting_from_the_live_bar_and_by_shortcuts_and_a_participant_sees_and_hears_it()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Workshop řízený zkratkami");
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Marie Malá");
        await participant.SetViewportSizeAsync(390, 844);
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novák");
        foreach (var (title, minutes) in new[] { ("Zahájení", "5"), ("Informace z pracovních skupin", "30"), ("Různé", "10"), ("Závěr", "5") })
        {
            await facilitator.GetByLabel("Název bodu").FillAsync(title);
            await facilitator.GetByLabel("Plánováno minut").FillAsync(minutes);
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        }

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        var bar = participant.GetByRole(AriaRole.Region, new() { Name = "Právě teď" });
        await Expect(bar.Locator(".phase")).ToHaveTextAsync("Probíhá");

        // Next item by the button: the participant's live bar shows it, with its time against the plan, and hears it.
        var next = facilitator.GetByRole(AriaRole.Button, new() { Name = "Další bod" });
        await next.ClickAsync();
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Zahájení");
        await Expect(bar.Locator(".live-item .live-label")).ToHaveTextAsync("Bod 1 z 4");
        await Expect(bar.Locator(".live-item-time")).ToContainTextAsync("z 5:00");
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Nyní projednáváme: Zahájení");

        // Next item by its shortcut, with the focus on no field.
        await facilitator.Locator("h1").FocusAsync();
        await facilitator.Keyboard.PressAsync("Alt+Shift+N");
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Informace z pracovních skupin");
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Nyní projednáváme: Informace z pracovních skupin");

        // Typing in a field, the shortcut does nothing: the next click moves one item on, not two.
        await facilitator.GetByLabel("Název bodu").FocusAsync();
        await facilitator.Keyboard.PressAsync("Alt+Shift+N");
        await next.ClickAsync();
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Různé");

        // The floor: a raised hand, given by the quick action; the participant hears it and everyone sees who is next.
        await participant.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" }).ClickAsync();
        await karel.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Slovo: Marie Malá" }).ClickAsync();
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Máte slovo.");
        await Expect(bar.Locator(".live-floor")).ToContainTextAsync("Marie Malá");
        await Expect(bar.Locator(".live-floor")).ToContainTextAsync("další: Karel Novák");
        await CheckAsync(participant, "live bar on a phone (participant speaking)");
        await Shot(participant, "workspace-live-bar-participant-390");

        // The countdown: its last minute is announced once and emphasised, its end too.
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("1.04");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        await Expect(bar.Locator(".live-countdown-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^1:0\\d$"));
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Zbývá jedna minuta.");
        await Expect(bar.Locator(".live-countdown")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("urgent"));
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("0.05");
        await facilitator.GetByLabel("Na co (nepovinné)").FillAsync("Zpráva");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Čas vypršel: Zpráva");
        await Expect(bar.Locator(".live-countdown")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("finished"));
        await Expect(bar.Locator(".live-countdown-time")).ToHaveTextAsync("0:00");
        await CheckAsync(participant, "live bar at the countdown's end");

        // The facilitator's toolbar and the listed shortcuts at 1280 px.
        await facilitator.SetViewportSizeAsync(1280, 800);
        await Shot(facilitator, "workspace-facilitator-1280-toolbar");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Klávesové zkratky" }).ClickAsync();
        var dialog = facilitator.GetByRole(AriaRole.Dialog, new() { Name = "Klávesové zkratky" });
        await Expect(dialog.GetByRole(AriaRole.Row)).ToHaveCountAsync(5);
        await Expect(dialog).ToContainTextAsync("Alt+Shift+N");
        await CheckAsync(facilitator, "keyboard shortcuts dialog");

        // Turned off, remembered after a reload: the shortcut does nothing (the next click moves one item on).
        await dialog.GetByLabel("Používat klávesové zkratky").UncheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Zavřít" }).ClickAsync();
        await facilitator.ReloadAsync();
        await Expect(facilitator.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await Expect(next).Not.ToHaveAttributeAsync("aria-keyshortcuts", new System.Text.RegularExpressions.Regex("."));
        await facilitator.Locator("h1").FocusAsync();
        await facilitator.Keyboard.PressAsync("Alt+Shift+N");
        await next.ClickAsync();
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Závěr");
    }

    [Fact]
    public async Task What_the_facilitator_types_survives_live_events_and_keeps_the_focus()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Psaní během živých změn");
        var participant = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Marie Malá");
        await facilitator.GetByLabel("Název bodu").FillAsync("Zahájení");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();

        // A second window of the same facilitator changes the programme while the first is editing an item.
        var other = await facilitatorContext.NewPageAsync();
        await other.GotoAsync(facilitator.Url);
        await Expect(other.GetByText("Živě připojeno")).ToBeVisibleAsync();

        await facilitator.Locator(".agenda > li").Filter(new() { HasText = "Zahájení" }).GetByRole(AriaRole.Button, new() { Name = "Upravit" }).ClickAsync();
        var title = facilitator.Locator(".agenda-form.editing").GetByLabel("Název bodu");
        await Expect(title).ToBeFocusedAsync();
        await title.PressAsync("End");
        await facilitator.Keyboard.TypeAsync(" a přivítání", new() { Delay = 10 });

        await other.GetByLabel("Název bodu").FillAsync("Různé");
        await other.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await Expect(facilitator.Locator(".agenda > li")).ToHaveCountAsync(2);
        await Expect(title).ToHaveValueAsync("Zahájení a přivítání");
        await Expect(title).ToBeFocusedAsync();

        await other.GetByRole(AriaRole.Button, new() { Name = "Další bod" }).ClickAsync();
        await participant.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" }).ClickAsync();
        await Expect(facilitator.Locator(".live-item-title")).ToHaveTextAsync("Zahájení");
        await Expect(facilitator.Locator(".live-floor")).ToContainTextAsync("další: Marie Malá");
        await Expect(title).ToHaveValueAsync("Zahájení a přivítání");
        await Expect(title).ToBeFocusedAsync();
        await facilitator.Keyboard.TypeAsync(" hostů", new() { Delay = 10 });
        await facilitator.Keyboard.PressAsync("Enter");
        await Expect(participant.Locator(".agenda > li").First).ToContainTextAsync("Zahájení a přivítání hostů");

        // A poll's question half written while the other window opens a poll.
        await OpenAreaAsync("Hlasování", facilitator, other);
        var question = facilitator.Locator(".poll-form").GetByLabel("Otázka");
        await question.FillAsync("Doporučuje skupina");
        await other.Locator(".poll-form").GetByLabel("Otázka").FillAsync("Souhlasíte s programem?");
        await other.Locator(".poll-form").GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        await other.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await Expect(facilitator.Locator(".poll").Filter(new() { HasText = "Souhlasíte s programem?" }).Locator(".poll-meta")).ToContainTextAsync("probíhá");
        await Expect(participant.Locator(".announcer")).ToHaveTextAsync("Hlasování začalo: Souhlasíte s programem?");
        await Expect(question).ToHaveValueAsync("Doporučuje skupina");
        await Expect(question).ToBeFocusedAsync();
    }

    private static string Slug(string area) => area switch
    {
        "Program" => "program",
        "Vize" => "vision",
        "Hlasování" => "polls",
        "Návrhy" => "proposals",
        "Zápis" => "minutes",
        "Lidé" => "people",
        "Pozvánky" => "invitations",
        _ => "settings",
    };

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
