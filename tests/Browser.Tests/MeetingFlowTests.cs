using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The organizer prepares a meeting and invites a participant, who joins from another browser; the organizer
/// sees them arrive live. Every page visited is checked with axe-core; screenshots go to /tmp/ui-*.png.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MeetingFlowTests(AppFixture app)
{
    private const string MeetingTitle = "Setkání k dostupnosti služeb";
    private const string ParticipantName = "Jana Nováková";

    [Fact]
    public async Task Organizer_invites_a_participant_who_joins_live_and_the_ui_switches_to_English()
    {
        await using var organizerContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await organizerContext.NewPageAsync();

        // Home, anonymous: Czech by default.
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Komunitní plánování sociálních služeb" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cs");
        await CheckAsync(page, "home (anonymous)");
        await Shot(page, "home-anonymous-cs");

        // Sign-in: a wrong password first, then the right one.
        await page.GetByRole(AriaRole.Link, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Přihlášení" })).ToBeFocusedAsync();
        await page.GetByLabel("E-mail").FillAsync(AppFixture.DemoEmail);
        await page.GetByLabel("Heslo").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("E-mail nebo heslo není správné.");
        await CheckAsync(page, "sign-in with error");
        await Shot(page, "signin-error-cs");
        await page.GetByLabel("Heslo").FillAsync(AppFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();

        // Working groups: the demo group.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupiny" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Přihlášen(a): Petra Hybnerová")).ToBeVisibleAsync();
        var groupLink = page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" });
        await Expect(groupLink).ToBeVisibleAsync();
        await CheckAsync(page, "working groups");
        await Shot(page, "groups-cs");
        await groupLink.ClickAsync();

        // The group: create a meeting with the demo vision document.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupina pro seniory" })).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vize sociálních služeb Libereckého kraje" })).ToBeVisibleAsync();
        await CheckAsync(page, "working group");
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Naplánovat setkání" });
        await form.GetByLabel("Název").FillAsync(MeetingTitle);
        await form.GetByLabel("Začátek").FillAsync("2026-06-02T13:00");
        await form.GetByLabel("Místo").FillAsync("Komunitní centrum, Liberec");
        await form.GetByLabel("Dokument vize").SelectOptionAsync(new SelectOptionValue { Label = "Vize sociálních služeb Libereckého kraje" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Vytvořit setkání" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "bylo vytvořeno" })).ToBeVisibleAsync();
        var meetingRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = MeetingTitle });
        await Expect(meetingRow).ToContainTextAsync("2. 6. 2026 13:00");
        await Expect(meetingRow).ToContainTextAsync("Naplánováno");
        await CheckAsync(page, "working group with new meeting");
        await Shot(page, "group-cs");

        // The meeting page: connected live, the facilitator present, the vision document shown.
        await meetingRow.GetByRole(AriaRole.Link, new() { Name = MeetingTitle }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeFocusedAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await Expect(page.Locator(".count")).ToHaveTextAsync("Přítomno: 1 z 1");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Vize sociálních služeb Libereckého kraje" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Zatím žádné odkazy.")).ToBeVisibleAsync();
        await CheckAsync(page, "meeting (facilitator)");

        // A participant invite link, shown once.
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Účastník" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        var linkBox = page.GetByLabel("Nový odkaz s pozvánkou (Účastník)");
        await Expect(linkBox).ToBeVisibleAsync();
        var inviteUrl = await linkBox.InputValueAsync();
        Assert.StartsWith($"{app.BaseUrl}/join#", inviteUrl);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zrušit odkaz (Účastník", Exact = false })).ToBeVisibleAsync();
        await CheckAsync(page, "meeting with a new invite link");

        // The participant joins from another browser.
        await using var participantContext = await app.Browser.NewContextAsync(new() { Locale = "cs-CZ", ViewportSize = new() { Width = 390, Height = 844 } });
        var guest = await participantContext.NewPageAsync();
        await guest.GotoAsync(inviteUrl);
        await Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Připojit se k setkání" })).ToBeVisibleAsync();
        await CheckAsync(guest, "join");
        await Shot(guest, "join-cs");
        await guest.GetByLabel("Vaše jméno").FillAsync(ParticipantName);
        await guest.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(guest.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await Expect(guest.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await Expect(guest.Locator(".count")).ToHaveTextAsync("Přítomno: 2 z 2");
        await Expect(guest.GetByRole(AriaRole.Heading, new() { Name = "Odkazy s pozvánkou" })).ToHaveCountAsync(0);

        // The organizer sees the participant arrive, also as text and in the live region.
        var arrived = page.Locator(".roster li").Filter(new() { HasText = ParticipantName });
        await Expect(arrived.Locator(".presence")).ToHaveTextAsync("přítomen(a)");
        await Expect(arrived.Locator(".role")).ToHaveTextAsync("Účastník");
        await Expect(page.Locator(".count")).ToHaveTextAsync("Přítomno: 2 z 2");
        await Expect(page.Locator(".announcer")).ToHaveTextAsync($"Připojil(a) se {ParticipantName}.");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Účastník" }).Locator("td.number")).ToHaveTextAsync("1");

        // The facilitator starts the meeting; the participant sees it live.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ukončit setkání" })).ToBeVisibleAsync();
        await Expect(guest.Locator(".phase-panel .phase")).ToHaveTextAsync("Probíhá");
        await CheckAsync(guest, "meeting (participant)");
        await Shot(guest, "meeting-participant-mobile-cs");
        await CheckAsync(page, "meeting (facilitator, live)");
        await Shot(page, "meeting-facilitator-cs");

        // The public observer link.
        await page.GetByRole(AriaRole.Switch, new() { Name = "Povolit veřejné sledování" }).CheckAsync();
        var publicLink = page.GetByLabel("Veřejný odkaz", new() { Exact = true });
        await Expect(publicLink).ToHaveValueAsync($"{app.BaseUrl}/watch/{page.Url.Split('/').Last()}");

        // The participant leaves: the organizer sees it.
        await guest.CloseAsync();
        await Expect(arrived.Locator(".presence")).ToHaveTextAsync("nepřítomen(a)");
        await Expect(page.Locator(".count")).ToHaveTextAsync("Přítomno: 1 z 2");

        // English: the switch is remembered and sets <html lang>.
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator(".count")).ToHaveTextAsync("Present: 1 of 2");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "End the meeting" })).ToBeVisibleAsync();
        await Expect(arrived.Locator(".presence")).ToHaveTextAsync("absent");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await CheckAsync(page, "meeting in English");
        await Shot(page, "meeting-facilitator-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Working groups" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Working groups" })).ToBeFocusedAsync();
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Create a working group" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Target group")).ToContainTextAsync("People with disabilities");
        await CheckAsync(page, "working groups in English");
        await Shot(page, "groups-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vize sociálních služeb Libereckého kraje" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vize sociálních služeb Libereckého kraje" })).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 }).First).ToBeVisibleAsync();
        await CheckAsync(page, "vision document");
        await Shot(page, "document-en");

        // Back to Czech.
        await page.GetByRole(AriaRole.Button, new() { Name = "Česky" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cs");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Zpět na pracovní skupinu" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Revoked_and_broken_links_are_refused_and_the_public_can_watch_when_allowed()
    {
        await using var organizerContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await organizerContext.NewPageAsync();
        await SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Setkání pracovní skupiny – vize" }).ClickAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();

        // An observer link, revoked at once.
        await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Pozorovatel" });
        await page.GetByLabel("Platnost").SelectOptionAsync(new SelectOptionValue { Label = "1 den" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        var inviteUrl = await page.GetByLabel("Nový odkaz s pozvánkou (Pozorovatel)").InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Zrušit odkaz (Pozorovatel", Exact = false }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Odkaz byl zrušen." })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Nový odkaz s pozvánkou (Pozorovatel)")).ToHaveCountAsync(0);
        await CheckAsync(page, "meeting with a revoked invite");

        await using var visitorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var visitor = await visitorContext.NewPageAsync();
        // A revoked link is refused before anyone types a name; a broken one too.
        await visitor.GotoAsync(inviteUrl);
        await Expect(visitor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Odkaz s pozvánkou byl zrušen.");
        await Expect(visitor.GetByLabel("Vaše jméno")).ToHaveCountAsync(0);
        await visitor.GotoAsync("/join#not-a-token");
        await Expect(visitor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Odkaz s pozvánkou není platný.");
        await CheckAsync(visitor, "join with a broken link");

        // Without a link, /join asks for a code.
        await visitor.GotoAsync("/join");
        await Expect(visitor.GetByRole(AriaRole.Textbox, new() { Name = "Kód", Exact = true })).ToBeFocusedAsync();
        await CheckAsync(visitor, "join without a token");

        // Public watching: refused while off, allowed when the facilitator turns it on.
        var meetingId = page.Url.Split('/').Last();
        await visitor.GotoAsync($"/watch/{meetingId}");
        await visitor.GetByLabel("Vaše jméno").FillAsync("Karel Dvořák");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Sledovat" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Veřejné sledování tohoto setkání není povoleno.");
        await CheckAsync(visitor, "watch refused");

        await page.GetByRole(AriaRole.Switch, new() { Name = "Povolit veřejné sledování" }).CheckAsync();
        await Expect(page.GetByLabel("Veřejný odkaz", new() { Exact = true })).ToHaveValueAsync($"{app.BaseUrl}/watch/{meetingId}");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Sledovat" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Setkání pracovní skupiny – vize" })).ToBeVisibleAsync();
        await Expect(visitor.GetByText("Karel Dvořák (Pozorovatel)")).ToBeVisibleAsync();
        // Observers are counted, not listed; the facilitator lists them on demand and may remove one.
        await Expect(page.Locator(".watching")).ToHaveTextAsync("Sledují: 1");
        await Expect(visitor.Locator(".watching")).ToHaveTextAsync("Sledují: 1");
        await Expect(page.Locator(".roster li").Filter(new() { HasText = "Karel Dvořák" })).ToHaveCountAsync(0);
        await Expect(visitor.GetByText("Sledující (připojeno: 1)")).ToBeHiddenAsync();
        await CheckAsync(visitor, "meeting (observer)");
        await Shot(visitor, "meeting-observer-cs");

        await page.GetByText("Sledující (připojeno: 1)").ClickAsync();
        var observer = page.Locator(".audience-list li").Filter(new() { HasText = "Karel Dvořák" });
        await Expect(observer.Locator(".presence")).ToHaveTextAsync("sleduje");
        await CheckAsync(page, "meeting with the audience listed");
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await observer.GetByRole(AriaRole.Button, new() { Name = "Odebrat ze setkání" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Facilitátor(ka) vás ze setkání odebral(a). Připojit se znovu nelze.");
        await Expect(page.Locator(".audience-list li").Filter(new() { HasText = "Karel Dvořák" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".watching")).ToHaveTextAsync("Sledují: 0");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
