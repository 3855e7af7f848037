using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static CommunityPlanning.Browser.Tests.VotingSteps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The room screen: two screens follow one meeting at once (the facilitator's at 1920×1080, an observer's at 1280×800),
/// through an open poll with its turnout, its result with the verdict, a withheld secret result, the countdown's last
/// minute, the ranking of proposals, the join card and blanking. Every state passes axe-core with no violation of any
/// impact and is kept as a screenshot of both sizes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class RoomScreenTests(AppFixture app)
{
    private const string MeetingTitle = "Workshop s plátnem v sále";
    private const string Question = "Doporučujeme rozšíření odlehčovacích služeb?";
    private const string SecretQuestion = "Souhlasíte s návrhem rozpočtu?";
    private const string VideoCall = "https://meet.example.org/kpss-platno";
    private const string Room = "zasedací místnost 2. patro";

    [GeneratedRegex("^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task Two_room_screens_show_polls_the_ranking_the_join_card_and_go_blank_as_the_facilitator_chooses()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novotný");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost");

        // Two screens: the facilitator's on the projector, the observer's on a second screen of another size.
        var big = await facilitatorContext.NewPageAsync();
        await big.SetViewportSizeAsync(1920, 1080);
        await big.GotoAsync($"{app.BaseUrl}/meetings/{MeetingIdOf(facilitator)}/projector");
        var small = await observer.Context.NewPageAsync();
        await small.SetViewportSizeAsync(1280, 800);
        await small.GotoAsync($"{app.BaseUrl}/meetings/{MeetingIdOf(facilitator)}/projector");
        IPage[] screens = [big, small];

        await facilitator.GetByLabel("Název bodu").FillAsync("Odlehčovací služby");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await facilitator.Locator(".agenda li").Filter(new() { HasText = "Odlehčovací služby" })
            .GetByRole(AriaRole.Button, new() { Name = "Projednávat nyní" }).ClickAsync();
        foreach (var screen in screens)
        {
            await Expect(screen.Locator(".room-current")).ToHaveTextAsync("Nyní: 1. Odlehčovací služby");
            await Expect(screen.Locator(".room-stage h2")).ToHaveTextAsync("Odlehčovací služby");
        }

        await StateAsync(screens, "item");

        // The countdown in its last minute, emphasised.
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("1");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        foreach (var screen in screens)
        {
            await Expect(screen.Locator(".room-countdown.ending")).ToBeVisibleAsync();
        }

        await StateAsync(screens, "countdown-last-minute");

        // An open poll without live results: question, options and turnout, no counts.
        await OpenAreaAsync("Hlasování", facilitator, jana);
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(Question);
        await form.GetByLabel("Ukazovat výsledky průběžně").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var poll = PollNamed(facilitator, Question);
        await poll.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await Opine(jana, Question, "doporučuji");
        foreach (var screen in screens)
        {
            var shown = screen.Locator("[data-room=poll-open]");
            await Expect(shown.GetByRole(AriaRole.Heading, new() { Name = Question })).ToBeVisibleAsync();
            await Expect(shown.Locator(".room-poll-state")).ToHaveTextAsync("Hlasuje se · Odevzdáno hlasů: 1");
            await Expect(shown.Locator(".room-options li")).ToHaveTextAsync(["doporučuji", "nedoporučuji", "zdržuji se"]);
            await Expect(shown.Locator(".room-chart")).ToHaveCountAsync(0);
        }

        await StateAsync(screens, "poll-open");

        // Closed: the result as a chart with the verdict.
        await Opine(karel, Question, "doporučuji");
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ano, ukončit hlasování" }).ClickAsync();
        foreach (var screen in screens)
        {
            var shown = screen.Locator("[data-room=poll-result]");
            await Expect(shown.Locator(".room-verdict")).ToContainTextAsync("přijat");
            await Expect(shown.Locator(".room-chart tbody th")).ToHaveTextAsync(["doporučuji", "nedoporučuji", "zdržuji se"]);
            await Expect(shown.Locator(".room-chart tbody .room-figure").First).ToHaveTextAsync(new Regex(@"^2 \(100\s?%\)$"));
        }

        await StateAsync(screens, "poll-result");

        // A secret poll closed below its minimum turnout: withheld on the screens as for everyone.
        await form.GetByLabel("Otázka").FillAsync(SecretQuestion);
        await form.GetByLabel("Tajné hlasování (výsledek až po uzavření)").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var secret = PollNamed(facilitator, SecretQuestion);
        await secret.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await secret.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        await Opine(jana, SecretQuestion, "nedoporučuji");
        await secret.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true }).ClickAsync();
        await secret.GetByRole(AriaRole.Button, new() { Name = "Uzavřít bez zveřejnění výsledku" }).ClickAsync();
        foreach (var screen in screens)
        {
            await Expect(screen.Locator(".room-withheld")).ToContainTextAsync("Výsledek nebyl zveřejněn");
            await Expect(screen.Locator(".room-chart")).ToHaveCountAsync(0);
        }

        await StateAsync(screens, "poll-withheld");

        // A section's text, live as it is written.
        const string area = "Uživatelé služeb v sociální oblasti";
        await OpenAreaAsync("Vize", facilitator, jana);
        var section = facilitator.Locator(".live-section").Filter(new() { Has = facilitator.GetByRole(AriaRole.Heading, new() { Level = 3, Name = area }) });
        await section.GetByRole(AriaRole.Button, new() { Name = "Ukázat všem" }).ClickAsync();
        var editor = jana.Locator(".live-section").Filter(new() { Has = jana.GetByRole(AriaRole.Heading, new() { Level = 3, Name = area }) })
            .GetByRole(AriaRole.Textbox, new() { Name = area });
        await editor.ClickAsync();
        await jana.Keyboard.PressAsync("Control+End");
        await jana.Keyboard.TypeAsync(" Doplněno v sále.", new() { Delay = 10 });
        foreach (var screen in screens)
        {
            await Expect(screen.Locator("[data-room=section] h2")).ToHaveTextAsync(area);
            await Expect(screen.Locator("[data-room=section] .room-text")).ToContainTextAsync("Doplněno v sále.");
        }

        await StateAsync(screens, "section");

        // The ranking of the proposals board, shown from the room screen's controls.
        await OpenAreaAsync("Návrhy", facilitator, jana, karel);
        await Propose(jana, "Uživatelé služeb v sociální oblasti", "Informační kampaň o dostupných službách");
        await Propose(karel, "Řízení služeb v sociální oblasti", "Společné plánování s obcemi");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();
        await Dots(jana, ("Informační kampaň", 1), ("Společné plánování", 2));
        await Dots(karel, ("Společné plánování", 3));
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit prioritizaci a zapsat pořadí" }).ClickAsync();
        await OpenAreaAsync(facilitator, "Program");
        var controls = facilitator.GetByRole(AriaRole.Region, new() { Name = "Plátno v sále" });
        await controls.GetByRole(AriaRole.Button, new() { Name = "Ukázat pořadí návrhů" }).ClickAsync();
        foreach (var screen in screens)
        {
            var ranking = screen.Locator("[data-room=ranking] .room-chart tbody tr");
            await Expect(ranking.Locator("th")).ToHaveTextAsync(["1. Společné plánování s obcemi", "2. Informační kampaň o dostupných službách"]);
            await Expect(ranking.Locator(".room-figure")).ToHaveTextAsync(["5", "1"]);
        }

        await StateAsync(screens, "ranking");

        // A hybrid meeting: the video call in the participant's live bar, never on the observer's page or a room screen.
        await HybridAsync(facilitator, jana, observer);

        // The join card: the participants' code only by choice, and only on the facilitator's screen.
        await OpenAreaAsync(facilitator, "Pozvánky");
        await facilitator.GetByLabel("Povolit veřejné sledování").CheckAsync();
        await OpenAreaAsync(facilitator, "Program");
        await controls.GetByLabel("Oba kódy").CheckAsync();
        await Expect(controls).ToContainTextAsync("může se připojit jako účastník");
        await controls.GetByRole(AriaRole.Button, new() { Name = "Ukázat kód pro připojení" }).ClickAsync();
        await Expect(big.Locator(".room-join-card")).ToHaveCountAsync(2);
        await Expect(small.Locator(".room-join-card")).ToHaveCountAsync(1);
        var publicCode = await big.Locator(".room-join-public .room-code-shown").InnerTextAsync();
        Assert.Matches(CodePattern(), publicCode);
        Assert.Matches(CodePattern(), await big.Locator(".room-join-participants .room-code-shown").InnerTextAsync());
        await Expect(small.Locator(".room-join-public .room-code-shown")).ToHaveTextAsync(publicCode);
        foreach (var screen in screens)
        {
            await Expect(screen.GetByRole(AriaRole.Img, new() { Name = $"QR kód odkazu s kódem {publicCode}" })).ToBeVisibleAsync();
        }

        await Expect(big.Locator(".room-join-participants svg[role=img]")).ToHaveAttributeAsync("aria-label", new Regex("^QR kód odkazu s kódem "));
        foreach (var screen in screens)
        {
            await Expect(screen.Locator("[data-room=join-remote]")).ToContainTextAsync("Jste doma?");
            Assert.DoesNotContain("meet.example.org", await screen.ContentAsync(), StringComparison.Ordinal);
        }

        await StateAsync(screens, "join-card");

        // Blank at once, and back to what was shown.
        var blank = controls.GetByRole(AriaRole.Button, new() { Name = "Zatemnit plátno" });
        await blank.ClickAsync();
        await Expect(blank).ToHaveAttributeAsync("aria-pressed", "true");
        foreach (var screen in screens)
        {
            await Expect(screen.Locator("[data-room=blank]")).ToBeVisibleAsync();
            await Expect(screen.Locator(".room-join-card")).ToHaveCountAsync(0);
        }

        await StateAsync(screens, "blank");
        await blank.ClickAsync();
        await Expect(big.Locator(".room-join-card")).ToHaveCountAsync(2);
        await Expect(small.Locator(".room-join-public .room-code-shown")).ToHaveTextAsync(publicCode);
        await CheckAsync(facilitator, "meeting (facilitator, room screen controls)");
    }

    /// <summary>
    /// The facilitator sets the video call and the room in the settings; the participant's live bar shows both (axe, a
    /// screenshot at desktop and phone width), the observer's the room only, and its page holds no trace of the link.
    /// </summary>
    private async Task HybridAsync(IPage facilitator, IPage participant, IPage observer)
    {
        await OpenAreaAsync(facilitator, "Nastavení");
        var settings = facilitator.GetByRole(AriaRole.Region, new() { Name = "Hybridní setkání" });
        await settings.GetByLabel("Odkaz na videohovor").FillAsync(VideoCall);
        await settings.GetByLabel("Místnost", new() { Exact = true }).FillAsync(Room);
        await settings.GetByRole(AriaRole.Button, new() { Name = "Uložit" }).ClickAsync();
        await Expect(settings.GetByRole(AriaRole.Status)).ToHaveTextAsync("Uloženo.");
        await CheckAsync(facilitator, "meeting (facilitator, hybrid settings)");

        var call = participant.Locator(".live-bar").GetByRole(AriaRole.Link, new() { Name = "Připojit se k videohovoru" });
        await Expect(call).ToHaveAttributeAsync("href", VideoCall);
        await Expect(participant.Locator(".live-bar .live-room")).ToHaveTextAsync(Room);
        await Expect(observer.Locator(".live-bar .live-room")).ToHaveTextAsync(Room);
        await Expect(observer.Locator(".live-bar .live-video-call")).ToHaveCountAsync(0);
        Assert.DoesNotContain("meet.example.org", await observer.ContentAsync(), StringComparison.Ordinal);
        var desktop = participant.ViewportSize;
        foreach (var (width, height) in new[] { (1280, 800), (360, 740) })
        {
            await participant.SetViewportSizeAsync(width, height);
            await Expect(call).ToBeVisibleAsync();
            await CheckAsync(participant, $"meeting (participant, live bar with the video call, {width} px)");
            await participant.ScreenshotAsync(new() { Path = $"/tmp/ui-hybrid-live-bar-{width}.png" });
        }

        if (desktop is not null)
        {
            await participant.SetViewportSizeAsync(desktop.Width, desktop.Height);
        }

        await OpenAreaAsync(facilitator, "Program");
    }

    /// <summary>Each screen passes axe-core with no violation of any impact; a screenshot of each size.</summary>
    private async Task StateAsync(IPage[] screens, string state)
    {
        foreach (var screen in screens)
        {
            var size = screen.ViewportSize!;
            await Accessibility.CheckAsync(screen, app.AxeSource, $"room screen ({state}, {size.Width}×{size.Height})");
            // Nothing scrolls, and nothing shown is cut off.
            Assert.False(await screen.EvaluateAsync<bool>("""
                () => {
                  const page = document.documentElement, stage = document.querySelector('.room-stage');
                  return page.scrollHeight > innerHeight || page.scrollWidth > innerWidth
                    || (stage !== null && (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1));
                }
                """), $"the room screen overflows ({state}, {size.Width}×{size.Height})");
            await screen.ScreenshotAsync(new() { Path = $"/tmp/ui-room-{state}-{size.Width}x{size.Height}.png" });
        }
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
