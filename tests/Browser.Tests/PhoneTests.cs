using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.PhoneChecks;
using static CommunityPlanning.Browser.Tests.Steps;
using static CommunityPlanning.Browser.Tests.VotingSteps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The participant's and the observer's views on phones (390×844, and 360×740): a participant raises a hand, votes,
/// dot-votes with the steppers, writes into a section of the vision and sees the countdown; an observer reads all
/// of it and has nothing to change it with. In every area nothing scrolls sideways, the controls used are at least
/// 44×44 CSS px and axe-core finds no violation. Screenshots in /tmp/ui-phone-*.png.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class PhoneTests(AppFixture app)
{
    private const string Section = "Uživatelé služeb v sociální oblasti";
    private const string Question = "Souhlasíte s programem?";
    private static readonly string[] Areas = ["Program", "Vize", "Hlasování", "Návrhy", "Zápis", "Lidé"];

    [GeneratedRegex(@"^[45]:\d\d$")]
    private static partial Regex CountdownPattern();

    [Fact]
    public async Task A_participant_on_a_phone_raises_a_hand_votes_places_dots_writes_into_a_section_and_sees_the_countdown()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Setkání v telefonu");
        await facilitator.GetByLabel("Název bodu").FillAsync("Zahájení");
        await facilitator.GetByLabel("Plánováno minut").FillAsync("10");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        var (phoneContext, phone) = await JoinOnPhoneAsync(facilitator, "Účastník", "Marie Malá", 390, 844);
        await using var _ = phoneContext;

        // The programme: the live bar with the item and the countdown, the raised hand.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Další bod" }).ClickAsync();
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("5");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        var bar = phone.GetByRole(AriaRole.Region, new() { Name = "Právě teď" });
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Zahájení");
        await Expect(bar.Locator(".live-countdown-time")).ToHaveTextAsync(CountdownPattern());
        await Expect(bar.Locator(".live-countdown-time")).ToBeInViewportAsync();
        await AreaAsync(phone, "Program", "participant-390");
        var hand = phone.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" });
        await TargetAsync(hand, "the raise-hand button");
        await hand.ClickAsync();
        await Expect(facilitator.Locator(".live-floor")).ToContainTextAsync("další: Marie Malá");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Stáhnout přihlášku" })).ToBeVisibleAsync();
        foreach (var link in await phone.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" }).GetByRole(AriaRole.Link).AllAsync())
        {
            await TargetAsync(link, $"the area link {await link.InnerTextAsync()}");
        }

        // A poll: an option and the vote button, tapped.
        await OpenAreaAsync(facilitator, "Hlasování");
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(Question);
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        await PollNamed(facilitator, Question).GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await AreaAsync(phone, "Hlasování", "participant-390");
        var poll = PollNamed(phone, Question);
        await TargetAsync(poll.GetByLabel("doporučuji", new() { Exact = true }), "a poll's option");
        await TargetAsync(poll.GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }), "the vote button");
        await Opine(phone, Question, "doporučuji");
        await CheckAsync(phone, "polls after the vote (participant, 390)");

        // The proposals board: a proposal typed on the phone, dots placed and taken back with the steppers.
        await OpenAreaAsync(facilitator, "Návrhy");
        await AreaAsync(phone, "Návrhy", "participant-390");
        var newProposal = phone.GetByLabel($"Nový návrh: {Section}");
        await TargetAsync(newProposal, "the new proposal's field");
        await TargetAsync(phone.Locator(".proposal-form").Filter(new() { Has = newProposal }).GetByRole(AriaRole.Button, new() { Name = "Přidat návrh" }), "the add-proposal button");
        await Propose(phone, Section, "Informační kampaň o dostupných službách");
        await Propose(facilitator, Section, "Sdílená databáze volných kapacit");
        await Expect(ProposalOf(phone, "Sdílená databáze")).ToBeVisibleAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();
        var plus = ProposalOf(phone, "Informační kampaň").GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" });
        var minus = ProposalOf(phone, "Informační kampaň").GetByRole(AriaRole.Button, new() { Name = "Ubrat bod:" });
        await TargetAsync(plus, "the dot stepper +");
        await TargetAsync(minus, "the dot stepper −");
        await AreaAsync(phone, "Návrhy", "participant-390-dots");
        await plus.ClickAsync();
        await plus.ClickAsync();
        await plus.ClickAsync();
        await minus.ClickAsync();
        await Expect(phone.Locator(".dots-left")).ToHaveTextAsync("Zbývá vám 1 bod z 3.");
        await ProposalOf(phone, "Sdílená databáze").GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" }).ClickAsync();
        await Expect(phone.Locator(".dots-left")).ToHaveTextAsync("Zbývá vám 0 bodů z 3.");
        var save = phone.GetByRole(AriaRole.Button, new() { Name = "Uložit moje body" });
        await TargetAsync(save, "the save-dots button");
        await save.ClickAsync();
        await Expect(ProposalOf(facilitator, "Informační kampaň")).ToContainTextAsync("2 body od 1");
        await Expect(ProposalOf(facilitator, "Sdílená databáze")).ToContainTextAsync("1 bod od 1");
        await CheckAsync(phone, "proposals after the dots (participant, 390)");

        // A section of the vision, read and written on the phone; the facilitator sees the words.
        await OpenAreaAsync(facilitator, "Vize");
        await AreaAsync(phone, "Vize", "participant-390");
        var editor = Editor(phone);
        await Expect(editor).ToHaveAttributeAsync("aria-readonly", "false");
        await TargetAsync(editor, "the section's editor");
        await editor.ClickAsync();
        await phone.Keyboard.PressAsync("Control+End");
        await phone.Keyboard.TypeAsync(" Napsáno v telefonu.", new() { Delay = 10 });
        await Expect(Editor(facilitator)).ToContainTextAsync("Napsáno v telefonu.");
        await CheckAsync(phone, "vision after writing (participant, 390)");

        await AreaAsync(phone, "Zápis", "participant-390");
        await AreaAsync(phone, "Lidé", "participant-390");

        // The narrowest phone: every area, the countdown in view, the controls still big enough.
        await phone.SetViewportSizeAsync(360, 740);
        foreach (var area in Areas)
        {
            await AreaAsync(phone, area, "participant-360");
        }

        await Expect(bar.Locator(".live-countdown-time")).ToBeInViewportAsync();
        await OpenAreaAsync(phone, "Návrhy");
        await TargetAsync(ProposalOf(phone, "Informační kampaň").GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" }), "the dot stepper + at 360 px");
        await OpenAreaAsync(phone, "Program");
        await TargetAsync(phone.GetByRole(AriaRole.Button, new() { Name = "Stáhnout přihlášku" }), "the lower-hand button at 360 px");
    }

    [Fact]
    public async Task An_observer_on_a_phone_reads_every_area_and_has_nothing_to_change_it_with()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 1280, Height = 800 } });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Sledování v telefonu");
        await facilitator.GetByLabel("Název bodu").FillAsync("Zahájení");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        var (observerContext, observer) = await JoinOnPhoneAsync(facilitator, "Pozorovatel", "Veřejnost", 390, 844);
        await using var _ = observerContext;

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Další bod" }).ClickAsync();
        await facilitator.GetByLabel("Délka odpočtu (minuty)").FillAsync("5");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Spustit odpočet" }).ClickAsync();
        await OpenAreaAsync(facilitator, "Hlasování");
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(Question);
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        await PollNamed(facilitator, Question).GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await OpenAreaAsync(facilitator, "Návrhy");
        await Propose(facilitator, Section, "Informační kampaň o dostupných službách");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();

        var bar = observer.GetByRole(AriaRole.Region, new() { Name = "Právě teď" });
        await Expect(bar.Locator(".live-item-title")).ToHaveTextAsync("Zahájení");
        await Expect(bar.Locator(".live-countdown-time")).ToHaveTextAsync(CountdownPattern());

        await AreaAsync(observer, "Program", "observer-390");
        await Expect(observer.Locator(".agenda")).ToContainTextAsync("Zahájení");
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se o slovo" })).ToHaveCountAsync(0);

        await AreaAsync(observer, "Hlasování", "observer-390");
        await Expect(PollNamed(observer, Question)).ToBeVisibleAsync();
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Hlasovat" })).ToHaveCountAsync(0);

        await AreaAsync(observer, "Návrhy", "observer-390");
        await Expect(ProposalOf(observer, "Informační kampaň")).ToBeVisibleAsync();
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" })).ToHaveCountAsync(0);
        await Expect(observer.GetByRole(AriaRole.Button, new() { Name = "Uložit moje body" })).ToHaveCountAsync(0);
        await Expect(observer.GetByLabel($"Nový návrh: {Section}")).ToHaveCountAsync(0);

        await AreaAsync(observer, "Vize", "observer-390");
        await Expect(Editor(observer)).ToHaveAttributeAsync("aria-readonly", "true");
        await Expect(Editor(observer)).Not.ToBeEmptyAsync();

        await AreaAsync(observer, "Zápis", "observer-390");
        foreach (var notes in await observer.Locator(".area-minutes [role=textbox]").AllAsync())
        {
            await Expect(notes).ToHaveAttributeAsync("aria-readonly", "true");
        }

        await AreaAsync(observer, "Lidé", "observer-390");
        // Who the public sees: the facilitator chose no public name, so the observer sees the role, never the name.
        await Expect(observer.Locator(".area-people")).ToContainTextAsync("Facilitátor");
        await Expect(observer.Locator(".area-people")).Not.ToContainTextAsync("Petra Hybnerová");
        await Expect(observer.Locator(".area-people").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    /// <summary>A phone (touch, mobile viewport) joins by an invite link the facilitator makes.</summary>
    private async Task<(IBrowserContext, IPage)> JoinOnPhoneAsync(IPage facilitator, string role, string name, int width, int height)
    {
        var inviteUrl = await CreateInviteAsync(facilitator, role);
        var context = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = width, Height = height }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(inviteUrl);
        await page.GetByLabel("Vaše jméno").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        return (context, page);
    }

    /// <summary>
    /// Opens the area; it neither scrolls sideways nor has an accessibility violation; a screenshot. An observer's
    /// area has no field to write into or choose in.
    /// </summary>
    private async Task AreaAsync(IPage page, string area, string who)
    {
        await OpenAreaAsync(page, area);
        if (who.StartsWith("observer", StringComparison.Ordinal))
        {
            await Expect(page.Locator(".area:not([hidden])").Locator("input:visible, textarea:visible, select:visible, [contenteditable=true]:visible")).ToHaveCountAsync(0);
        }

        await NoSideScrollAsync(page, $"{area} ({who})");
        await CheckAsync(page, $"{area} ({who})");
        await page.ScreenshotAsync(new() { Path = $"/tmp/ui-phone-{who}-{area}.png", FullPage = true });
    }

    private static ILocator Editor(IPage page) =>
        page.Locator(".live-section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Section }) })
            .GetByRole(AriaRole.Textbox, new() { Name = Section });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
