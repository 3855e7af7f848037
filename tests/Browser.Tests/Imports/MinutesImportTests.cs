using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests.Imports;

/// <summary>
/// A group's manager pastes a town's minutes on the group's page, sees every line and where it goes, moves one line
/// into a list and leaves another out, and only on confirming is the past meeting made, with that content.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class MinutesImportTests(AppFixture app)
{
    private static string Corpus(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", name));

    [Fact]
    public async Task A_record_is_previewed_corrected_line_by_line_and_saved_as_a_past_meeting()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        // A group of its own: the record's day is free in it.
        var create = page.GetByRole(AriaRole.Form, new() { Name = "Založit pracovní skupinu" });
        await create.GetByLabel("Název").FillAsync("Pracovní skupina Senioři (import)");
        await create.GetByRole(AriaRole.Button, new() { Name = "Založit pracovní skupinu" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupina Senioři (import)" })).ToBeVisibleAsync();

        await page.GetByText("Import zápisu z jednání").ClickAsync();
        await page.GetByLabel("Text zápisu").FillAsync(Corpus("01-ps-seniori.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Zobrazit náhled" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Region, new() { Name = "Náhled zápisu" });
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "Náhled zápisu" })).ToBeFocusedAsync();
        await Expect(preview.Locator(".minutes-line")).ToHaveCountAsync(22);
        await Expect(preview.GetByText("Všechny řádky textu se podařilo zařadit.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Řádek 23: kam patří")).ToHaveValueAsync("Task");
        await Expect(page.GetByLabel("Řádek 23: bod programu")).ToHaveValueAsync("2");
        await Expect(page.GetByLabel("Řádek 28: kam patří")).ToHaveValueAsync("Footer");
        await Accessibility.CheckAsync(page, app.AxeSource, "minutes import preview");
        await Shot(page, "minutes-import-preview");

        // "Úkoly z minulého jednání byly splněny." becomes a list item; the opening sentence is left out.
        // By keyboard: the next place after "Text bodu" is "Odrážka seznamu"; the focus stays on the select.
        var moved = page.GetByLabel("Řádek 15: kam patří");
        await Expect(moved).ToHaveValueAsync("Text");
        await moved.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(moved).ToHaveValueAsync("Bullet");
        await Expect(moved).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Řádek 15" })).ToHaveTextAsync("Řádek 15: Odrážka seznamu, bod 1.");
        await Expect(page.GetByLabel("Řádek 15: bod programu")).ToHaveValueAsync("1");
        var dropped = page.GetByLabel("Řádek 14: kam patří");
        await dropped.SelectOptionAsync(new SelectOptionValue { Label = "Vynechat" });
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Řádek 14" })).ToHaveTextAsync("Řádek 14 bude vynechán.");
        await Accessibility.CheckAsync(page, app.AxeSource, "minutes import preview after a move and a drop");

        // Nothing is saved before confirming.
        // The group's list of meetings (the page names a meeting elsewhere too, e.g. where its tasks are listed).
        var meetings = page.Locator("section[aria-labelledby=meetings]");
        await Expect(meetings.GetByRole(AriaRole.Link, new() { Name = "Zápis z jednání pracovní skupiny Senioři" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uložit zápis jako proběhlé setkání" }).ClickAsync();
        await Expect(page.GetByText("Zápis „Zápis z jednání pracovní skupiny Senioři“ je uložen jako proběhlé setkání skupiny.")).ToBeFocusedAsync();
        var meeting = meetings.GetByRole(AriaRole.Link, new() { Name = "Zápis z jednání pracovní skupiny Senioři" });
        await Expect(meeting).ToBeVisibleAsync();

        // The meeting's minutes hold what the person chose.
        var href = await meeting.GetAttributeAsync("href");
        var markdown = (await (await page.APIRequest.GetAsync($"/api{href}/minutes.md")).TextAsync()).ReplaceLineEndings("\n");
        Assert.Contains("- Úkoly z minulého jednání byly splněny.", markdown);
        Assert.DoesNotContain("Jednání zahájila koordinátorka", markdown);
        Assert.Contains("Jana Malá, Petr Horák, Kateřina Marcinková, Milan Svoboda, Eva Dušková", markdown);
        Assert.Contains("Připravit finální verzi dotazníku a rozeslat ji členům skupiny.", markdown);
        await page.GetByRole(AriaRole.Link, new() { Name = "Otevřít zápis setkání" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Zápis z jednání pracovní skupiny Senioři" })).ToBeVisibleAsync();
    }
}
