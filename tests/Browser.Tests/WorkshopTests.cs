using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.PhoneChecks;
using static CommunityPlanning.Browser.Tests.Steps;
using static CommunityPlanning.Browser.Tests.VotingSteps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// A whole workshop with everyone at once: the facilitator at 1280×800, a participant at 1280×800 and one on a
/// phone (390×844), an observer on a phone, and the room screen at 1280×800. They join by code on /join; the
/// facilitator starts, moves through the programme, runs a countdown, gives the floor, runs a poll shown on the
/// room screen with its verdict, has a section written together, the proposals dot-voted and their ranking shown,
/// the minutes written, and ends. Each step is checked on the others' screens; every state passes axe-core.
/// A screenshot of every area for every role and of every state of the room screen goes to
/// artifacts/screenshots/ (scripts/refresh-screenshots.sh copies them into docs/screenshots/).
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class WorkshopTests(AppFixture app)
{
    private const string MeetingTitle = "Workshop komunitního plánování";
    private const string Question = "Doporučujeme rozšíření odlehčovacích služeb?";
    private const string Section = "Uživatelé služeb v sociální oblasti";

    private static readonly (string Name, string Slug)[] Areas =
    [
        ("Program", "program"), ("Vize", "vision"), ("Hlasování", "polls"), ("Návrhy", "proposals"), ("Zápis", "minutes"), ("Lidé", "people"),
    ];

    private static readonly (string Name, string Slug)[] FacilitatorOnlyAreas = [("Pozvánky", "invitations"), ("Nastavení", "settings")];

    private static readonly string Folder = Path.Combine(BrowserApp.RepositoryRoot, "artifacts", "screenshots");

    [GeneratedRegex(@"^[23]:\d\d$")]
    private static partial Regex CountdownPattern();

    [Fact]
    public async Task Everyone_takes_part_in_a_whole_workshop_joined_by_code_and_the_room_screen_follows()
    {
        Directory.CreateDirectory(Folder);
        await using var facilitatorContext = await app.Browser.NewContextAsync(Desktop());
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);
        foreach (var (title, minutes) in new[] { ("Zahájení", "5"), ("Odlehčovací služby", "30"), ("Závěr", "10") })
        {
            await facilitator.GetByLabel("Název bodu").FillAsync(title);
            await facilitator.GetByLabel("Plánováno minut").FillAsync(minutes);
            await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        }

        // The room screen, opened from the facilitator's browser.
        var room = await facilitatorContext.NewPageAsync();
        await room.GotoAsync($"/meetings/{MeetingIdOf(facilitator)}/projector");
        await Expect(room.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await RoomAsync(room, "before-start");

        // Everyone else joins by a code of their own, typed on /join.
        await using var janaContext = await app.Browser.NewContextAsync(Desktop());
        await using var karelContext = await app.Browser.NewContextAsync(Phone());
        await using var observerContext = await app.Browser.NewContextAsync(Phone());
        var jana = await JoinByCodeAsync(janaContext, await CodeAsync(facilitator, "Účastník", ""), "Jana Dvořáková", null);
        var karelCode = await CodeAsync(facilitator, "Účastník", "");
        var karel = await JoinByCodeAsync(karelContext, karelCode, "Karel Novák", "participant-390");
        var observer = await JoinByCodeAsync(observerContext, await CodeAsync(facilitator, "Pozorovatel", karelCode), "Veřejnost", "observer-390");
        IPage[] others = [jana, karel, observer];
        await OpenAreaAsync(facilitator, "Lidé");
        await Expect(facilitator.Locator(".roster-panel")).ToContainTextAsync("Jana Dvořáková");
        await Expect(facilitator.Locator(".roster-panel")).ToContainTextAsync("Karel Novák");
        await Expect(facilitator.Locator(".roster-panel")).ToContainTextAsync("Sledují: 1"); // the observer

        // Start, and the first item: everyone's live bar and the room screen.
        await OpenAreaAsync(facilitator, "Program");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Další bod" }).ClickAsync();
        foreach (var page in others)
        {
            await Expect(Bar(page).Locator(".phase")).ToHaveTextAsync("Probíhá");
            await Expect(Bar(page).Locator(".live-item-title")).ToHaveTextAsync("Zahájení");
        }

        await Expect(room.Locator(".room-current")).ToHaveTextAsync("Nyní: 1. Zahájení");
        await RoomAsync(room, "item");

        // The next item, with a countdown.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Další bod" }).ClickAsync();
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("3");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        foreach (var page in others)
        {
            await Expect(Bar(page).Locator(".live-item-title")).ToHaveTextAsync("Odlehčovací služby");
            await Expect(Bar(page).Locator(".live-countdown-time")).ToHaveTextAsync(CountdownPattern());
        }

        await Expect(room.Locator(".room-current")).ToHaveTextAsync("Nyní: 2. Odlehčovací služby");
        await Expect(room.Locator(".room-countdown")).ToBeVisibleAsync();
        await RoomAsync(room, "countdown");

        // The floor: Karel raises a hand on the phone, the facilitator gives him the floor.
        var hand = karel.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" });
        await TargetAsync(hand, "the raise-hand button");
        await hand.ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Slovo: Karel Novák" }).ClickAsync();
        await Expect(karel.Locator(".announcer")).ToHaveTextAsync("Máte slovo.");
        await Expect(Bar(jana).Locator(".live-floor")).ToContainTextAsync("Karel Novák");
        // The public sees what Karel chose to show (nothing yet: what kind of attendee he is), never his name.
        await Expect(Bar(observer).Locator(".live-floor")).ToContainTextAsync("člen(ka) skupiny");
        await Expect(Bar(observer)).Not.ToContainTextAsync("Karel Novák");

        await Expect(room.Locator(".room-speakers")).ToContainTextAsync("Karel Novák");
        await RoomAsync(room, "floor");

        // A poll, shown on the room screen while it runs and with its verdict once closed.
        await OpenAreaAsync(facilitator, "Hlasování");
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(Question);
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var poll = PollNamed(facilitator, Question);
        await poll.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await OpenAreaAsync("Hlasování", jana, karel, observer);
        await Expect(PollNamed(observer, Question)).ToBeVisibleAsync();
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Hlasovat" })).ToHaveCountAsync(0);
        await Opine(jana, Question, "doporučuji");
        await Opine(karel, Question, "doporučuji");
        var open = room.Locator("[data-room=poll-open]");
        await Expect(open.GetByRole(AriaRole.Heading, new() { Name = Question })).ToBeVisibleAsync();
        await Expect(open.Locator(".room-poll-state")).ToHaveTextAsync(new Regex(@"^Hlasuje se · Hlasovalo 2 z 3 oprávněných \(67\s?%\)$"));
        await CheckAsync(karel, "polls after the vote (participant, phone)");
        await RoomAsync(room, "poll-open");

        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ano, ukončit hlasování" }).ClickAsync();
        await Expect(room.Locator("[data-room=poll-result] .room-verdict")).ToContainTextAsync("přijat");
        foreach (var page in others)
        {
            await Expect(PollNamed(page, Question).Locator(".verdict")).ToContainTextAsync("Usnesení bylo přijato: 2 pro, 0 proti, zdrželo se 0.");
        }

        await RoomAsync(room, "poll-result");

        // A section written together: on a desk and on a phone; the facilitator, the observer and the room read it.
        await OpenAreaAsync("Vize", facilitator, jana, karel, observer);
        await SectionOf(facilitator).GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await WriteAsync(jana, " Doplněno v sále.");
        await Expect(Editor(facilitator)).ToContainTextAsync("Doplněno v sále.");
        await WriteAsync(karel, " Psáno v telefonu.");
        foreach (var page in new[] { facilitator, jana, observer })
        {
            await Expect(Editor(page)).ToContainTextAsync("Doplněno v sále. Psáno v telefonu.");
        }

        await Expect(Editor(observer)).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(room.Locator("[data-room=section] h2")).ToHaveTextAsync(Section);
        await Expect(room.Locator("[data-room=section] .room-text")).ToContainTextAsync("Doplněno v sále. Psáno v telefonu.");
        await RoomAsync(room, "section");

        // Proposals, dot-voted, and their ranking on the room screen.
        await OpenAreaAsync("Návrhy", facilitator, jana, karel, observer);
        await Propose(jana, Section, "Informační kampaň o dostupných službách");
        await Propose(karel, "Řízení služeb v sociální oblasti", "Společné plánování s obcemi");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();
        await Dots(jana, ("Informační kampaň", 1), ("Společné plánování", 2));
        await Dots(karel, ("Společné plánování", 3));
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" })).ToHaveCountAsync(0);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit prioritizaci a zapsat pořadí" }).ClickAsync();
        foreach (var page in others)
        {
            await Expect(page.Locator(".board-ranking ol.overall li").First).ToContainTextAsync("Společné plánování s obcemi");
        }

        await OpenAreaAsync(facilitator, "Program");
        await facilitator.GetByRole(AriaRole.Region, new() { Name = "Plátno v sále" }).GetByRole(AriaRole.Button, new() { Name = "Ukázat pořadí návrhů" }).ClickAsync();
        var ranking = room.Locator("[data-room=ranking] .room-chart tbody tr");
        await Expect(ranking.Locator("th")).ToHaveTextAsync(["1. Společné plánování s obcemi", "2. Informační kampaň o dostupných službách"]);
        await Expect(ranking.Locator(".room-figure")).ToHaveTextAsync(["5", "1"]);
        await RoomAsync(room, "ranking");

        // The minutes, written on the phone while the facilitator and the observer read along.
        await OpenAreaAsync("Zápis", facilitator, karel, observer);
        var notes = Notes(karel, "Ad 2) Odlehčovací služby");
        await Expect(notes).ToHaveAttributeAsync("aria-readonly", "false");
        await notes.ClickAsync();
        await karel.Keyboard.TypeAsync("- skupina doporučuje rozšíření služeb", new() { Delay = 10 });
        await Expect(Notes(facilitator, "Ad 2) Odlehčovací služby")).ToHaveTextAsync("- skupina doporučuje rozšíření služeb");
        await Expect(Notes(observer, "Ad 2) Odlehčovací služby")).ToHaveTextAsync("- skupina doporučuje rozšíření služeb");
        await Expect(Notes(observer, "Ad 2) Odlehčovací služby")).ToHaveAttributeAsync("aria-readonly", "true");

        // Every area for every role, as it looks with all of this in it.
        foreach (var (page, role) in new[] { (facilitator, "facilitator-1280"), (jana, "participant-1280"), (karel, "participant-390"), (observer, "observer-390") })
        {
            foreach (var (name, slug) in role.StartsWith("facilitator", StringComparison.Ordinal) ? [.. Areas, .. FacilitatorOnlyAreas] : Areas)
            {
                await OpenAreaAsync(page, name);
                await CheckAsync(page, $"{name} ({role})");
                await NoSideScrollAsync(page, $"{name} ({role})");
                await AreaShotAsync(page, $"{role}-{slug}");
            }
        }

        // The end: everyone sees it, the room screen too; the minutes can no longer be written.
        await OpenAreaAsync(facilitator, "Program");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit setkání" }).ClickAsync();
        foreach (var page in others)
        {
            await Expect(Bar(page).Locator(".phase")).ToHaveTextAsync("Ukončeno");
        }

        await Expect(room.Locator("[data-room=ended]")).ToBeVisibleAsync();
        await OpenAreaAsync(karel, "Zápis");
        await Expect(Notes(karel, "Ad 2) Odlehčovací služby")).ToHaveAttributeAsync("aria-readonly", "true");
        await RoomAsync(room, "ended");
        await CheckAsync(karel, "the ended meeting (participant, phone)");
        await AreaShotAsync(karel, "participant-390-minutes-ended");
    }

    private BrowserNewContextOptions Desktop() => new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } };

    private BrowserNewContextOptions Phone() =>
        new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

    /// <summary>
    /// The facilitator makes an invite of the role in the invitations area and reads its code out (it differs from
    /// the one read before).
    /// </summary>
    private static async Task<string> CodeAsync(IPage facilitator, string role, string previous)
    {
        await OpenAreaAsync(facilitator, "Pozvánky");
        var codeShown = facilitator.Locator(".join-code-card .join-code");
        var before = await codeShown.CountAsync() > 0 ? (await codeShown.InnerTextAsync()).Trim() : previous;
        await facilitator.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = role });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        await Expect(facilitator.Locator(".join-code-card")).ToContainTextAsync($"Kód nové pozvánky ({role})");
        if (before != "")
        {
            await Expect(codeShown).Not.ToHaveTextAsync(before);
        }

        return (await codeShown.InnerTextAsync()).Trim();
    }

    /// <summary>Types the code on /join, checks the meeting it admits to, gives the name and joins.</summary>
    private async Task<IPage> JoinByCodeAsync(IBrowserContext context, string code, string name, string? shots)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/join");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Kód", Exact = true }).FillAsync(code);
        if (shots is not null)
        {
            await CheckAsync(page, $"join by code ({shots})");
            await ShotAsync(page, $"{shots}-join-code");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).ClickAsync();
        await Expect(page.Locator(".join-summary")).ToContainTextAsync(MeetingTitle);
        await page.GetByLabel("Vaše jméno").FillAsync(name);
        if (shots is not null)
        {
            await CheckAsync(page, $"join by code, the name ({shots})");
            await ShotAsync(page, $"{shots}-join-name");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        return page;
    }

    private static async Task WriteAsync(IPage page, string words)
    {
        var editor = Editor(page);
        await Expect(editor).ToHaveAttributeAsync("aria-readonly", "false");
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(words, new() { Delay = 10 });
        await Expect(editor).ToContainTextAsync(words.Trim());
    }

    /// <summary>The room screen's state: no accessibility violation, nothing scrolls; a screenshot.</summary>
    private async Task RoomAsync(IPage room, string state)
    {
        await CheckAsync(room, $"room screen ({state})");
        Assert.False(await room.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth"),
            $"the room screen scrolls ({state})");
        await ShotAsync(room, $"room-1280-{state}");
    }

    /// <summary>The viewport with the open area at its top, under the sticky live bar.</summary>
    private static async Task AreaShotAsync(IPage page, string name)
    {
        await page.EvaluateAsync("""
            () => {
              const area = document.querySelector('.area:not([hidden])'), top = document.querySelector('.workspace-top');
              window.scrollTo(0, 0);
              const y = area.getBoundingClientRect().top - top.getBoundingClientRect().height - 8;
              if (y > 0) window.scrollTo(0, y);
            }
            """);
        await ShotAsync(page, name);
    }

    private static Task ShotAsync(IPage page, string name) => page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}.png") });

    private static ILocator Bar(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Právě teď" });

    private static ILocator SectionOf(IPage page) =>
        page.Locator(".live-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Section }) });

    private static ILocator Editor(IPage page) => SectionOf(page).GetByRole(AriaRole.Textbox, new() { Name = Section });

    private static ILocator Notes(IPage page, string heading) =>
        page.Locator(".minutes-item").Filter(new() { HasText = heading }).GetByRole(AriaRole.Textbox, new() { Name = heading });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
