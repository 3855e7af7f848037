using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
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
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("hlasovalo 2");
        await Expect(Poll(observer).Locator(".poll-result")).ToHaveCountAsync(0); // hidden until closed

        // Karel changes his mind before the close.
        await Poll(karel).GetByLabel("Dobrovolnické centrum").FillAsync("1");
        await Poll(karel).GetByLabel("Odlehčovací služby").FillAsync("1");
        await Poll(karel).GetByRole(AriaRole.Button, new() { Name = "Změnit hlas" }).ClickAsync();
        await Expect(Poll(karel).Locator(".vote-status")).ToContainTextAsync("zaznamenán");

        await poll.GetByRole(AriaRole.Button, new() { Name = "Ukončit hlasování" }).ClickAsync();
        // 2+1 = 3, 1+1 = 2, 0+1 = 1
        foreach (var page in new[] { facilitator, jana, karel, observer })
        {
            var rows = Poll(page).Locator(".result-table tbody tr");
            await Expect(rows).ToHaveCountAsync(3);
            await Expect(rows.Nth(0)).ToContainTextAsync("Odlehčovací služby3");
            await Expect(rows.Nth(1)).ToContainTextAsync("Poradna pro pečující2");
            await Expect(rows.Nth(2)).ToContainTextAsync("Dobrovolnické centrum1");
            await Expect(Poll(page).Locator(".poll-result")).ToContainTextAsync("součet bodů");
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
    public async Task Proposals_gathered_in_a_private_brainstorm_are_revealed_prioritised_and_ranked()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        facilitator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Brainstorming návrhů aktivit");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        var karel = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Karel Novotný");

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
        await Expect(ProposalOf(facilitator, "Společné plánování")).ToContainTextAsync("4 bodů od 2");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Ukončit prioritizaci a zapsat pořadí" }).ClickAsync();

        foreach (var page in new[] { facilitator, jana, karel })
        {
            var overall = page.Locator(".board-ranking ol.overall li");
            await Expect(overall.Nth(0)).ToContainTextAsync("Společné plánování s obcemi");
            await Expect(overall.Nth(1)).ToContainTextAsync("Informační kampaň o dostupných službách");
        }

        await CheckAsync(facilitator, "proposals (facilitator, ranking)");
        await Shot(facilitator, "proposals-facilitator-cs");
    }

    private static ILocator ProposalOf(IPage page, string text) =>
        page.Locator(".proposal").Filter(new() { Has = page.Locator(".proposal-text").Filter(new() { HasText = text }) });

    private static async Task Propose(IPage page, string area, string text)
    {
        await page.GetByLabel($"Nový návrh: {area}").FillAsync(text);
        await page.Locator(".proposal-form").Filter(new() { Has = page.GetByLabel($"Nový návrh: {area}") }).GetByRole(AriaRole.Button, new() { Name = "Přidat návrh" }).ClickAsync();
        await Expect(ProposalOf(page, text)).ToBeVisibleAsync();
    }

    private static async Task Dots(IPage page, params (string Proposal, int Dots)[] dots)
    {
        foreach (var (proposal, count) in dots)
        {
            await ProposalOf(page, proposal).GetByLabel("Vaše body").FillAsync(count.ToString());
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit moje body" }).ClickAsync();
        await Expect(page.Locator(".dots-left")).ToContainTextAsync($"Zbývá {3 - dots.Sum(d => d.Dots)} z 3");
    }

    private static ILocator Poll(IPage page) => page.Locator(".poll").Filter(new() { HasText = Question }).First;

    private static async Task Vote(IPage page, int[] dots)
    {
        var poll = Poll(page);
        string[] options = ["Odlehčovací služby", "Poradna pro pečující", "Dobrovolnické centrum"];
        for (var i = 0; i < options.Length; i++)
        {
            await poll.GetByLabel(options[i]).FillAsync(dots[i].ToString());
        }

        await poll.GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }).ClickAsync();
        await Expect(poll.Locator(".vote-status")).ToContainTextAsync("zaznamenán");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
