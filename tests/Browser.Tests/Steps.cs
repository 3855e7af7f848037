using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>Steps that several browser tests take.</summary>
public static class Steps
{
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("E-mail").FillAsync(AppFixture.DemoEmail);
        await page.GetByLabel("Heslo").FillAsync(AppFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupiny" })).ToBeVisibleAsync();
    }

    /// <summary>A full-page screenshot in /tmp/ui-{name}.png, for people to look at.</summary>
    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = $"/tmp/ui-{name}.png", FullPage = true });
}
