using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The facilitator switches the meeting page to English while a Czech participant stays in Czech: each reads
/// dates, numbers, counted words and the standard poll options in their own language.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class LanguageTests(AppFixture app)
{
    private const string Question = "Recommend the respite service?";

    [Fact]
    public async Task Each_viewer_reads_dates_numbers_plurals_and_standard_options_in_their_own_language()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, "Jazyk, data a čísla");
        var jana = await JoinByInviteAsync(app.Browser, facilitator, "Účastník", "Jana Dvořáková");
        await Expect(facilitator.GetByText("8. 12. 2026 13:00")).ToBeVisibleAsync();

        await OpenAreaAsync(facilitator, "Hlasování");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(facilitator.GetByText("8 Dec 2026, 13:00")).ToBeVisibleAsync();
        await Expect(facilitator.GetByText("8. 12. 2026")).ToHaveCountAsync(0);

        // Prepared in English with the standard options: the Czech participant votes on "doporučuji".
        await OpenAreaAsync(jana, "Hlasování");
        var form = facilitator.Locator(".poll-form");
        await form.GetByLabel("Question").FillAsync(Question);
        await Expect(form.GetByLabel("Options")).ToHaveValueAsync("recommend\ndo not recommend\nabstain");
        await form.GetByLabel("Show results live").UncheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Prepare the vote" }).ClickAsync();
        var poll = PollNamed(facilitator, Question);
        await poll.GetByRole(AriaRole.Button, new() { Name = "Open the vote" }).ClickAsync();
        await PollNamed(jana, Question).GetByLabel("doporučuji", new() { Exact = true }).CheckAsync();
        await PollNamed(jana, Question).GetByRole(AriaRole.Button, new() { Name = "Hlasovat" }).ClickAsync();
        await Expect(poll.Locator(".poll-meta")).ToContainTextAsync("1 vote cast");
        await Expect(PollNamed(jana, Question).Locator(".poll-meta")).ToContainTextAsync("odevzdán 1 hlas");

        await poll.GetByRole(AriaRole.Button, new() { Name = "Close the vote", Exact = true }).ClickAsync();
        await Expect(poll).ToContainTextAsync("1 person has voted.");
        await CheckAsync(facilitator, "meeting in English with a close confirmation");
        await poll.GetByRole(AriaRole.Button, new() { Name = "Yes, close the vote" }).ClickAsync();

        await Expect(poll.Locator(".result-table")).ToContainTextAsync("recommend");
        await Expect(poll.Locator(".poll-result")).ToContainTextAsync(new Regex(@"\(\d+%\)"));
        await Expect(poll.Locator(".poll-result")).ToContainTextAsync(new Regex(@"Closed \d+ [A-Z][a-z]{2} \d{4}, \d\d:\d\d"));
        var czech = PollNamed(jana, Question);
        await Expect(czech.Locator(".result-table")).ToContainTextAsync("doporučuji");
        await Expect(czech.Locator(".poll-result")).ToContainTextAsync(new Regex(@"\(\d+\s%\)"));
        await Expect(czech.Locator(".poll-result")).ToContainTextAsync(new Regex(@"Uzavřeno \d+\. \d+\. \d{4} \d\d:\d\d"));
        await CheckAsync(facilitator, "meeting in English with a closed poll");
        await Shot(facilitator, "meeting-facilitator-en");

        // Back in Czech, the same page speaks Czech again.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Česky" }).ClickAsync();
        await Expect(facilitator.GetByText("8. 12. 2026 13:00")).ToBeVisibleAsync();
        await Expect(poll.Locator(".result-table")).ToContainTextAsync("doporučuji");
    }

    private static ILocator PollNamed(IPage page, string question) =>
        page.Locator(".poll").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = question }) });

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
