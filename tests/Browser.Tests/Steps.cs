using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>Steps that several browser tests take.</summary>
public static class Steps
{
    public static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/signin");
        await page.GetByLabel("E-mail").FillAsync(BrowserApp.DemoEmail);
        await page.GetByLabel("Heslo").FillAsync(BrowserApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Přihlásit se", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Pracovní skupiny" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The signed-in organizer creates a meeting of its own in the demo group, on the demo vision, and opens it
    /// live: tests that change a meeting do it in one nobody else uses.
    /// </summary>
    public static async Task CreateMeetingAsync(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Naplánovat setkání" });
        await form.GetByLabel("Název").FillAsync(title);
        await form.GetByLabel("Začátek").FillAsync("2026-12-08T13:00");
        await form.GetByLabel("Místo").FillAsync("Krajský úřad, Liberec");
        await form.GetByLabel("Dokument vize").SelectOptionAsync(new SelectOptionValue { Label = "Vize sociálních služeb Libereckého kraje" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Vytvořit setkání" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
    }

    /// <summary>
    /// The facilitator's page makes an invite link of the role; a new browser context opens it and joins under
    /// the name. Returns the joined page. <paramref name="opened"/> sees the new page before it loads anything.
    /// </summary>
    public static async Task<IPage> JoinByInviteAsync(IBrowser browser, IPage facilitator, string role, string name, Func<IPage, Task>? opened = null)
    {
        var inviteUrl = await CreateInviteAsync(facilitator, role);
        var context = await browser.NewContextAsync(new() { Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        if (opened is not null)
        {
            await opened(page);
        }

        await page.GotoAsync(inviteUrl);
        await page.GetByLabel("Vaše jméno").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// The facilitator's page makes an invite link of the role in the invitations area and comes back (browser
    /// history) to the area it was in. Returns the link.
    /// </summary>
    public static async Task<string> CreateInviteAsync(IPage facilitator, string role)
    {
        var before = facilitator.Url;
        await OpenAreaAsync(facilitator, "Pozvánky");
        await facilitator.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = role });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        var inviteUrl = await facilitator.GetByLabel($"Nový odkaz s pozvánkou ({role})").InputValueAsync();
        if (facilitator.Url != before)
        {
            await facilitator.GoBackAsync();
            await Expect(facilitator).ToHaveURLAsync(before);
        }

        return inviteUrl;
    }

    /// <summary>Opens an area of the meeting workspace by its link in the areas' navigation.</summary>
    public static async Task OpenAreaAsync(IPage page, string name)
    {
        var link = page.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await link.ClickAsync();
        await Expect(link).ToHaveAttributeAsync("aria-current", "page");
    }

    /// <summary>Opens the same area on each page.</summary>
    public static async Task OpenAreaAsync(string name, params IPage[] pages)
    {
        foreach (var page in pages)
        {
            await OpenAreaAsync(page, name);
        }
    }

    /// <summary>The meeting's id from a meeting page's address (/meetings/{id} or /meetings/{id}/{area}).</summary>
    public static string MeetingIdOf(IPage page) => new Uri(page.Url).AbsolutePath.Split('/')[2];

    /// <summary>A full-page screenshot in /tmp/ui-{name}.png, for people to look at.</summary>
    public static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = $"/tmp/ui-{name}.png", FullPage = true });
}
