using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The meeting side of development intentions as far as it goes without an intention: a manager records a member's
/// organisation, IČO and declared interests (a wrong check digit is refused in Czech), the facilitator says which
/// member their seat is, and the form for an intention item offers none and adds no item without a choice.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class IntentionMeetingTests(AppFixture app)
{
    [Fact]
    public async Task A_manager_records_a_member_s_ico_and_interests_and_the_facilitator_links_their_seat_to_that_member()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = $"Adam Novák {suffix}";

        await page.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
        await page.GetByText("Přidat člena").ClickAsync();
        var add = page.Locator("details.member-add");
        await add.GetByRole(AriaRole.Textbox, new() { Name = "Jméno", Exact = true }).FillAsync(name);
        await add.GetByLabel("Organizace", new() { Exact = true }).FillAsync("Domov pro seniory Harcov");
        await add.GetByLabel("IČO organizace").FillAsync("25465016");
        await add.GetByLabel("Deklarované zájmy (poskytovatelé)").FillAsync("Poradna Liberec");
        await add.GetByRole(AriaRole.Button, new() { Name = "Přidat", Exact = true }).ClickAsync();
        await Expect(add.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Některá hodnota není platná.");
        await CheckAsync(page, "member with a wrong IČO");

        await add.GetByLabel("IČO organizace").FillAsync("254 65 015");
        await add.GetByRole(AriaRole.Button, new() { Name = "Přidat", Exact = true }).ClickAsync();
        await Expect(page.Locator("ul.members li").Filter(new() { HasText = name }))
            .ToContainTextAsync("Domov pro seniory Harcov, IČO 25465015; zájem: Poradna Liberec");
        await Shot(page, "group-members");

        await page.GotoAsync("/");
        await CreateMeetingAsync(page, $"Jednání o záměrech {suffix}");
        await OpenAreaAsync(page, "Lidé");
        var seat = page.GetByLabel("Člen skupiny");
        await seat.SelectOptionAsync(new SelectOptionValue { Label = $"{name} (Domov pro seniory Harcov)" });
        // Stored (the roster's event came back) before the page is loaded again.
        await Expect(page.Locator(".seat-member:not([data-member=''])")).ToHaveCountAsync(1);
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Člen skupiny").Locator("option:checked")).ToHaveTextAsync($"{name} (Domov pro seniory Harcov)");
        await CheckAsync(page, "seat linked to a member");

        await OpenAreaAsync(page, "Program");
        await page.GetByText("Přidat bod s rozvojovými záměry").ClickAsync();
        var form = page.Locator("details.intention-item-form");
        await Expect(form.GetByText("Na toto setkání teď nečeká žádný záměr.")).ToBeVisibleAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Vyberte aspoň jeden záměr.");
        await Expect(page.Locator(".agenda li").Filter(new() { HasTextRegex = RozvojovyZamer() })).ToHaveCountAsync(0);
        await CheckAsync(page, "intention item form");
    }

    [GeneratedRegex("Rozvojov")]
    private static partial Regex RozvojovyZamer();

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
