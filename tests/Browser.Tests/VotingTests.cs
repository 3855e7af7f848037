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
