using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>Steps in polls and on the proposals board that several browser tests take.</summary>
public static class VotingSteps
{
    public static ILocator PollNamed(IPage page, string question) => page.Locator(".poll").Filter(new() { HasText = question }).First;

    /// <summary>One's own ballot in a poll, not the form for entering a vote for someone else (details.on-behalf).</summary>
    public static ILocator OwnBallot(ILocator poll) => poll.Locator("form:not(.on-behalf form)");

    public static async Task Opine(IPage page, string question, string choice)
    {
        var poll = PollNamed(page, question);
        await OwnBallot(poll).GetByLabel(choice, new() { Exact = true }).CheckAsync();
        await OwnBallot(poll).GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }).ClickAsync();
        await Expect(poll.Locator(".vote-status:not(.on-behalf .vote-status)")).ToContainTextAsync("zaznamenán");
    }

    public static ILocator ProposalOf(IPage page, string text) =>
        page.Locator(".proposal").Filter(new() { Has = page.Locator(".proposal-text").Filter(new() { HasText = text }) });

    public static async Task Propose(IPage page, string area, string text)
    {
        await page.GetByLabel($"Nový návrh: {area}").FillAsync(text);
        await page.Locator(".proposal-form").Filter(new() { Has = page.GetByLabel($"Nový návrh: {area}") }).GetByRole(AriaRole.Button, new() { Name = "Přidat návrh" }).ClickAsync();
        await Expect(ProposalOf(page, text)).ToBeVisibleAsync();
    }

    /// <summary>Places the dots (three per voter) and saves them.</summary>
    public static async Task Dots(IPage page, params (string Proposal, int Dots)[] dots)
    {
        foreach (var (proposal, count) in dots)
        {
            var plus = ProposalOf(page, proposal).GetByRole(AriaRole.Button, new() { Name = "Přidat bod:" });
            for (var i = 0; i < count; i++)
            {
                await plus.ClickAsync();
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit moje body" }).ClickAsync();
        await Expect(page.Locator(".dots-left")).ToContainTextAsync($"{3 - dots.Sum(d => d.Dots)} bodů z 3");
    }
}
