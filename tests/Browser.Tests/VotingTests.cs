using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static CommunityPlanning.Browser.Tests.VotingSteps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// A dot vote on activity priorities: the facilitator sets it up and opens it, two participants spread their
/// dots, the facilitator closes it, and the facilitator, both participants and an observer see the same result.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class VotingTests(AppFixture app)
{
    private const string MeetingTitle = "Hlasování o prioritách";
    private const string Question = "Které aktivity mají přednost?";

    [Fact]
    public async Task A_dot_vote_ends_with_the_same_result_on_every_page()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novotný");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost");
        await OpenAreaAsync("Hlasování", facilitator, jana, karel, observer);

        // Set up: dots, three per voter, several on one option allowed.
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(Question);
        await form.GetByLabel("Způsob hlasování").SelectOptionAsync(new SelectOptionValue { Label = "body (dot voting)" });
        await form.GetByLabel("Možnosti").FillAsync("Odlehčovací služby\nPoradna pro pečující\nDobrovolnické centrum");
        await form.GetByLabel("Bodů na hlasujícího").FillAsync("3");
        await form.GetByLabel("Více bodů na jednu možnost").CheckAsync();
        await form.GetByLabel("Ukazovat výsledky průběžně").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var poll = Poll(facilitator);
        await poll.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await Expect(Poll(observer).Locator(".poll-meta")).ToContainTextAsync("probíhá");
        await Expect(Poll(observer).Locator("form")).ToHaveCountAsync(0); // observers do not vote
        await CheckAsync(jana, "voting (participant, open dot vote)");

        await Vote(jana, [2, 1, 0]);
        await Vote(karel, [0, 1, 2]);
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("odevzdány 2 hlasy");
        await Expect(Poll(observer).Locator(".poll-result")).ToHaveCountAsync(0); // hidden until closed

        // Karel changes his mind before the close.
        await Poll(karel).GetByRole(AriaRole.Button, new() { Name = "Ubrat bod: Dobrovolnické centrum" }).ClickAsync();
        await Poll(karel).GetByRole(AriaRole.Button, new() { Name = "Přidat bod: Odlehčovací služby" }).ClickAsync();
        await Poll(karel).GetByRole(AriaRole.Button, new() { Name = "Změnit hlas" }).ClickAsync();
        await Expect(Poll(karel).Locator(".vote-status")).ToContainTextAsync("zaznamenán");

        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true }).ClickAsync();
        await poll.GetByRole(AriaRole.Button, new() { Name = "Ano, ukončit hlasování" }).ClickAsync();

        // 2+1 = 3, 1+1 = 2, 0+1 = 1
        foreach (var page in new[] { facilitator, jana, karel, observer })
        {
            var rows = Poll(page).Locator(".result-table tbody tr");
            await Expect(rows).ToHaveCountAsync(3);
            await Expect(rows.Nth(0)).ToContainTextAsync("Odlehčovací služby3");
            await Expect(rows.Nth(1)).ToContainTextAsync("Poradna pro pečující2");
            await Expect(rows.Nth(2)).ToContainTextAsync("Dobrovolnické centrum1");
            await Expect(Poll(page).Locator(".poll-result")).ToContainTextAsync("součet bodů");
            await Expect(Poll(page).Locator(".verdict")).ToHaveCountAsync(0); // an order, not a verdict
        }

        await Expect(Poll(facilitator).Locator(".poll-result")).ToContainTextAsync("Hlasovalo 2 z 3 oprávněných");
        var download = await facilitator.RunAndWaitForDownloadAsync(() => Poll(facilitator).GetByRole(AriaRole.Link, new() { Name = "Stáhnout výsledek (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("1;Odlehčovací služby;3;2;", csv);
        await CheckAsync(observer, "voting (observer, result)");
        await CheckAsync(facilitator, "voting (facilitator, result)");
        await Shot(facilitator, "voting-facilitator-cs");
    }

    [Fact]
    public async Task A_secret_poll_below_the_minimum_turnout_asks_the_facilitator_and_a_withheld_result_says_so_to_everyone()
    {
        const string secretQuestion = "Tajně: doporučit odlehčovací službu?";
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Tajné hlasování s malou účastí");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var observer = await JoinByInviteAsync(app.Browser, facilitator, "Pozorovatel", "Veřejnost");
        await OpenAreaAsync("Hlasování", facilitator, jana, observer);

        await CreateSecretPollAsync(facilitator, secretQuestion);
        var poll = PollNamed(facilitator, secretQuestion);
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("výsledek se zveřejní nejméně od 3 hlasů");
        await OwnBallot(PollNamed(jana, secretQuestion)).GetByLabel("doporučuji", new() { Exact = true }).CheckAsync();
        await PollNamed(jana, secretQuestion).GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }).ClickAsync();
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("odevzdán 1 hlas");

        // One ballot: closing asks first, with the safe choice under the focus; Escape keeps the poll open.
        var close = poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true });
        await close.ClickAsync();
        var choice = poll.GetByRole(AriaRole.Group, new() { Name = "Výsledek by prozradil, kdo jak hlasoval" });
        await Expect(choice).ToContainTextAsync("Hlasovalo 1, tajné hlasování zveřejňuje výsledek nejméně od 3 hlasů");
        await Expect(choice.GetByRole(AriaRole.Button, new() { Name = "Uzavřít bez zveřejnění výsledku" })).ToBeFocusedAsync();
        await Expect(close).ToHaveAttributeAsync("aria-expanded", "true");
        await CheckAsync(facilitator, "secret poll below the minimum turnout (facilitator's choice)");
        await poll.ScreenshotAsync(new() { Path = "/tmp/ui-voting-low-turnout-choice-cs.png" });
        await facilitator.Keyboard.PressAsync("Escape");
        await Expect(choice).ToHaveCountAsync(0);
        await Expect(close).ToBeFocusedAsync();
        await Expect(close).ToHaveAttributeAsync("aria-expanded", "false");

        // Withheld: the poll closes and everyone reads why, with no counts anywhere.
        await close.PressAsync("Enter");
        await choice.GetByRole(AriaRole.Button, new() { Name = "Uzavřít bez zveřejnění výsledku" }).PressAsync("Enter");
        foreach (var page in new[] { facilitator, jana, observer })
        {
            var withheld = PollNamed(page, secretQuestion).Locator(".poll-withheld");
            await Expect(withheld).ToContainTextAsync("Výsledek nebyl zveřejněn");
            await Expect(withheld).ToContainTextAsync("Hlasovalo jen 1 (tajné hlasování zveřejňuje výsledek nejméně od 3 hlasů)");
            await Expect(PollNamed(page, secretQuestion).Locator(".result-table")).ToHaveCountAsync(0);
        }

        await Expect(poll.GetByRole(AriaRole.Heading, new() { Name = secretQuestion })).ToBeFocusedAsync();
        await Expect(poll.GetByRole(AriaRole.Link, new() { Name = "Stáhnout výsledek (CSV)" })).ToHaveCountAsync(0);
        await CheckAsync(observer, "secret poll withheld (observer)");
        await poll.ScreenshotAsync(new() { Path = "/tmp/ui-voting-low-turnout-withheld-cs.png" });

        // In English, a second poll without a ballot: published anyway, and the confirmation is shown with it.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(PollNamed(facilitator, secretQuestion).Locator(".poll-withheld")).ToContainTextAsync("The result was not published");
        const string secondQuestion = "Secretly: meet again in January?";
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Question").FillAsync(secondQuestion);
        await form.GetByLabel("Secret ballot (result only after closing)").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Prepare the vote" }).ClickAsync();
        var second = PollNamed(facilitator, secondQuestion);
        await second.GetByRole(AriaRole.Button, new() { Name = "Open the vote" }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Close the vote" }).ClickAsync();
        var english = second.GetByRole(AriaRole.Group, new() { Name = "The result would reveal who voted how" });
        await Expect(english).ToContainTextAsync("Everyone will see the counts");
        await CheckAsync(facilitator, "secret poll below the minimum turnout in English");
        await second.ScreenshotAsync(new() { Path = "/tmp/ui-voting-low-turnout-choice-en.png" });
        await english.GetByRole(AriaRole.Button, new() { Name = "Publish the result anyway" }).ClickAsync();
        await Expect(second.Locator(".result-table tbody tr")).ToHaveCountAsync(3);
        await Expect(second.Locator(".low-turnout-note")).ToContainTextAsync("Published despite low turnout (ballots: 0, minimum 3); publishing confirmed by");
        await Expect(PollNamed(jana, secondQuestion).Locator(".low-turnout-note")).ToContainTextAsync("zveřejnění potvrdil(a)");
    }

    [Fact]
    public async Task Proposals_gathered_in_a_private_brainstorm_are_revealed_prioritised_and_ranked()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Brainstorming návrhů aktivit");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novotný");
        await OpenAreaAsync("Návrhy", facilitator, jana, karel);

        await facilitator.GetByRole(AriaRole.Switch, new() { Name = "Soukromý brainstorming", Exact = false }).CheckAsync();
        await Expect(jana.Locator(".board-tools")).ToContainTextAsync("Probíhá soukromý brainstorming");
        await Propose(jana, "Uživatelé služeb v sociální oblasti", "Informační kampaň o dostupných službách");
        await Propose(karel, "Uživatelé služeb v sociální oblasti", "Kampaň: kam se obrátit o pomoc");
        await Propose(karel, "Řízení služeb v sociální oblasti", "Společné plánování s obcemi");

        // Hidden from the other participant, shown to the author and the facilitator.
        await Expect(ProposalOf(jana, "Informační kampaň")).ToBeVisibleAsync();
        await Expect(ProposalOf(jana, "Skrytý návrh")).ToHaveCountAsync(2);
        await Expect(ProposalOf(facilitator, "Kampaň: kam se obrátit")).ToBeVisibleAsync();
        await CheckAsync(jana, "proposals (participant, private brainstorm)");

        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Odkrýt všechny návrhy" }).ClickAsync();
        await Expect(ProposalOf(jana, "Společné plánování s obcemi")).ToBeVisibleAsync();

        // Duplicates merged; then three dots each.
        var duplicate = ProposalOf(facilitator, "Kampaň: kam se obrátit");
        await duplicate.Locator("summary").ClickAsync();
        await duplicate.GetByLabel("Sloučit do návrhu").SelectOptionAsync(new SelectOptionValue { Label = "Informační kampaň o dostupných službách" });
        await duplicate.GetByRole(AriaRole.Button, new() { Name = "Sloučit" }).ClickAsync();
        await Expect(jana.Locator(".proposal")).ToHaveCountAsync(2);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();

        await Dots(jana, ("Informační kampaň", 2), ("Společné plánování", 1));
        await Dots(karel, ("Společné plánování", 3));
        await Expect(ProposalOf(facilitator, "Společné plánování")).ToContainTextAsync("4 body od 2");
        await Expect(jana.Locator(".board-tools")).ToContainTextAsync("Součty bodů se ukážou po ukončení prioritizace");
        await Expect(ProposalOf(jana, "Společné plánování")).Not.ToContainTextAsync("od 2"); // hidden from participants by default
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit prioritizaci a zapsat pořadí" }).ClickAsync();

        foreach (var page in new[] { facilitator, jana, karel })
        {
            var overall = page.Locator(".board-ranking ol.overall li");
            await Expect(overall.Nth(0)).ToContainTextAsync("Společné plánování s obcemi");
            await Expect(overall.Nth(1)).ToContainTextAsync("Informační kampaň o dostupných službách");
        }

        await Expect(facilitator.Locator(".board-ranking")).ToContainTextAsync("Hlasovalo 2, každý 3 body.");
        await CheckAsync(facilitator, "proposals (facilitator, ranking)");
        await Shot(facilitator, "proposals-facilitator-cs");
    }

    [Fact]
    public async Task Every_poll_starts_from_the_defaults_closing_asks_first_and_the_result_states_the_verdict()
    {
        const string first = "Tajně: svolat mimořádné jednání?";
        const string opinion = "Doporučit rozšíření odlehčovací služby?";
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Stanoviska pracovní skupiny");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novotný");
        await OpenAreaAsync("Hlasování", facilitator, jana, karel);

        // A secret poll with a quorum and two thirds: none of it is carried over to the next poll.
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(first);
        await form.GetByLabel("Tajné hlasování (výsledek až po uzavření)").CheckAsync();
        await form.GetByLabel("Kvórum (nepovinné)").FillAsync("2");
        await form.GetByLabel("Rozhoduje").SelectOptionAsync(new SelectOptionValue { Label = "dvoutřetinová většina odevzdaných hlasů" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        await Expect(PollNamed(facilitator, first)).ToBeVisibleAsync();
        await Expect(form.GetByLabel("Otázka")).ToHaveValueAsync("");
        await Expect(form.GetByLabel("Tajné hlasování (výsledek až po uzavření)")).Not.ToBeCheckedAsync();
        await Expect(form.GetByLabel("Ukazovat výsledky průběžně")).ToBeCheckedAsync();
        await Expect(form.GetByLabel("Ukazovat výsledky průběžně")).ToBeEnabledAsync();
        await Expect(form.GetByLabel("Kvórum (nepovinné)")).ToHaveValueAsync("");
        await Expect(form.GetByLabel("Rozhoduje")).ToHaveValueAsync("VotesCast");
        await Expect(form.GetByLabel("Možnosti")).ToHaveValueAsync("doporučuji\nnedoporučuji\nzdržuji se");

        await form.GetByLabel("Otázka").FillAsync(opinion);
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        var poll = PollNamed(facilitator, opinion);
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("veřejné (jmenovité)");
        await poll.GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
        await Opine(facilitator, opinion, "doporučuji");
        await Opine(jana, opinion, "doporučuji");
        await Opine(karel, opinion, "nedoporučuji");
        await Expect(poll.Locator(".result-table tbody tr")).ToHaveCountAsync(3);

        // Closing asks first, from the keyboard; Escape keeps the poll open.
        var close = poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování", Exact = true });
        await close.FocusAsync();
        await facilitator.Keyboard.PressAsync("Enter");
        var confirm = poll.GetByRole(AriaRole.Group, new() { Name = "Opravdu ukončit hlasování?" });
        await Expect(confirm).ToContainTextAsync("Odevzdány 3 hlasy.");
        await Expect(confirm.GetByRole(AriaRole.Button, new() { Name = "Ano, ukončit hlasování" })).ToBeFocusedAsync();
        await Expect(close).ToHaveAttributeAsync("aria-expanded", "true");
        await CheckAsync(facilitator, "poll close confirmation");
        await facilitator.Keyboard.PressAsync("Escape");
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(close).ToBeFocusedAsync();
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("probíhá");
        await facilitator.Keyboard.PressAsync("Enter");
        await facilitator.Keyboard.PressAsync("Enter");

        foreach (var page in new[] { facilitator, jana, karel })
        {
            var verdict = PollNamed(page, opinion).Locator(".verdict");
            await Expect(verdict).ToContainTextAsync("Usnesení bylo přijato: 2 pro, 1 proti, zdrželo se 0.");
            await Expect(verdict).ToContainTextAsync("Pravidlo: nadpoloviční většina odevzdaných hlasů, potřeba hlasů: 2.");
        }

        await Expect(poll.GetByRole(AriaRole.Heading, new() { Name = opinion })).ToBeFocusedAsync();
        await CheckAsync(facilitator, "poll verdict");
        await facilitator.Locator(".polls-panel").ScreenshotAsync(new() { Path = "/tmp/ui-voting-verdict-cs.png" });

        // The standard opinions in each reader's language.
        await jana.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(PollNamed(jana, opinion).Locator(".verdict")).ToContainTextAsync("The resolution was adopted: 2 for, 1 against, 0 abstained.");
        await Expect(PollNamed(jana, opinion).Locator(".result-table tbody tr").Nth(0)).ToContainTextAsync("recommend2");
        await Expect(PollNamed(karel, opinion).Locator(".result-table tbody tr").Nth(0)).ToContainTextAsync("doporučuji2");
    }

    [Fact]
    public async Task Dot_steppers_on_a_phone_never_place_more_dots_than_the_voter_has()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Priority na telefonu");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        await OpenAreaAsync("Návrhy", facilitator, jana);
        await jana.SetViewportSizeAsync(390, 844);
        await Propose(jana, "Uživatelé služeb v sociální oblasti", "Informační kampaň o dostupných službách");
        await Propose(jana, "Uživatelé služeb v sociální oblasti", "Sdílená databáze volných kapacit");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit prioritizaci" }).ClickAsync();
        await Expect(jana.Locator(".board-tools")).ToContainTextAsync("Probíhá prioritizace: každý má 3 body.");

        var campaign = ProposalOf(jana, "Informační kampaň");
        var plus = campaign.GetByRole(AriaRole.Button, new() { Name = "Přidat bod: Informační kampaň o dostupných službách" });
        var minus = campaign.GetByRole(AriaRole.Button, new() { Name = "Ubrat bod: Informační kampaň o dostupných službách" });
        await Expect(minus).ToHaveAttributeAsync("aria-disabled", "true");
        await plus.FocusAsync();
        for (var i = 0; i < 4; i++)
        {
            await jana.Keyboard.PressAsync("Enter"); // the fourth press has no dot to place
        }

        await Expect(campaign.Locator(".dot-count")).ToHaveTextAsync("3 body");
        await Expect(jana.Locator(".dots-left")).ToHaveTextAsync("Zbývá vám 0 bodů z 3.");
        await Expect(plus).ToHaveAttributeAsync("aria-disabled", "true");
        await Expect(plus).ToBeFocusedAsync(); // not disabled outright, so the focus stays
        await Expect(ProposalOf(jana, "Sdílená databáze").GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" })).ToHaveAttributeAsync("aria-disabled", "true");

        await minus.ClickAsync();
        await Expect(jana.Locator(".dots-left")).ToHaveTextAsync("Zbývá vám 1 bod z 3.");
        await ProposalOf(jana, "Sdílená databáze").GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" }).ClickAsync();
        await Expect(campaign.Locator(".dot-count")).ToHaveTextAsync("2 body");
        await Expect(ProposalOf(jana, "Sdílená databáze").Locator(".dot-count")).ToHaveTextAsync("1 bod");
        await jana.GetByRole(AriaRole.Button, new() { Name = "Uložit moje body" }).ClickAsync();
        await Expect(ProposalOf(facilitator, "Informační kampaň")).ToContainTextAsync("2 body od 1");
        await Expect(ProposalOf(jana, "Informační kampaň")).Not.ToContainTextAsync("od 1");

        await CheckAsync(jana, "dot steppers on a phone");
        await jana.Locator(".proposals-panel").ScreenshotAsync(new() { Path = "/tmp/ui-dots-steppers-phone-cs.png" });
    }

    private static ILocator Poll(IPage page) => PollNamed(page, Question);

    /// <summary>A secret opinion poll (pro / proti / zdržet se), set up and opened by the facilitator.</summary>
    private static async Task CreateSecretPollAsync(IPage facilitator, string question)
    {
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Otázka").FillAsync(question);
        await form.GetByLabel("Tajné hlasování (výsledek až po uzavření)").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Připravit hlasování" }).ClickAsync();
        await PollNamed(facilitator, question).GetByRole(AriaRole.Button, new() { Name = "Zahájit hlasování" }).ClickAsync();
    }

    private static async Task Vote(IPage page, int[] dots)
    {
        var poll = Poll(page);
        string[] options = ["Odlehčovací služby", "Poradna pro pečující", "Dobrovolnické centrum"];
        for (var i = 0; i < options.Length; i++)
        {
            for (var n = 0; n < dots[i]; n++)
            {
                await poll.GetByRole(AriaRole.Button, new() { Name = $"Přidat bod: {options[i]}" }).ClickAsync();
            }
        }

        await poll.GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }).ClickAsync();
        await Expect(poll.Locator(".vote-status")).ToContainTextAsync("zaznamenán");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
