using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The seeds pasted into the browser: a region's medium-term plan into the group (preview, save, the plan page),
/// and a previous workshop's record into a new meeting (its proposals land on the board).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportTests(AppFixture app)
{
    private static string Seed(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    [Fact]
    public async Task A_plan_and_a_workshop_record_are_previewed_saved_and_shown()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();

        await page.GetByText("Import plánu").ClickAsync();
        await page.GetByLabel("Text plánu").FillAsync(Seed("medium-term-plan-usti.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Náhled", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Název plánu: Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji 2025-2027")).ToBeVisibleAsync();
        await CheckAsync(page, "plan import preview");
        // The group page holds other forms with a "Uložit" button (the minutes import among them): the plan import's own.
        await page.Locator("details").Filter(new() { Has = page.GetByText("Import plánu") }).GetByRole(AriaRole.Button, new() { Name = "Uložit", Exact = true }).ClickAsync();
        var planLink = page.GetByRole(AriaRole.Link, new() { Name = "Střednědobý plán rozvoje sociálních služeb v Ústeckém kraji 2025-2027" });
        await planLink.ClickAsync();
        await Expect(page.GetByText("Podpora setrvání seniorů v domácím prostředí").First).ToBeVisibleAsync();
        await CheckAsync(page, "plan page");
        await Shot(page, "plan");

        await page.GotoAsync("/");
        await CreateMeetingAsync(page, "Navazující workshop");
        await OpenAreaAsync(page, "Nastavení");
        await page.GetByText("Import zápisu z předchozího setkání").ClickAsync();
        await page.GetByLabel("Text zápisu").FillAsync(Seed("vision-record-liberec.txt"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Náhled", Exact = true }).ClickAsync();
        await CheckAsync(page, "vision import preview");
        // The settings area has other forms with a "Uložit" button (the hybrid meeting's): the import's own.
        await page.Locator(".import-panel").GetByRole(AriaRole.Button, new() { Name = "Uložit", Exact = true }).ClickAsync();
        await Expect(page.Locator(".import-panel").GetByText("Uloženo:")).ToBeVisibleAsync();
        await OpenAreaAsync(page, "Návrhy");
        await Expect(page.Locator(".proposals-panel .proposal-text").Filter(new() { HasText = "Podpora odlehčovacích služeb" })).ToBeVisibleAsync();
        await Expect(page.Locator(".proposals-panel .proposal")).ToHaveCountAsync(42);
        await CheckAsync(page, "meeting after import");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
