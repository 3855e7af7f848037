using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// A latecomer joins by code: the facilitator makes an invite and reads its code (and QR code) out; a phone types the
/// code on /join, sees which meeting it admits to and when, and gives a name. axe-core on each page; screenshots in
/// /tmp/ui-join-code-*.png.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class JoinCodeTests(AppFixture app)
{
    private const string MeetingTitle = "Setkání s kódem pro pozdní příchozí";

    [Fact]
    public async Task A_phone_joins_by_the_code_of_an_invite_after_seeing_the_meeting_and_time()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var facilitator = await facilitatorContext.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);

        await OpenAreaAsync(facilitator, "Pozvánky");
        await facilitator.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Účastník" });
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Vytvořit odkaz" }).ClickAsync();
        var card = facilitator.Locator(".join-code-card");
        await Expect(card).ToContainTextAsync("Kód nové pozvánky (Účastník)");
        var code = (await card.Locator(".join-code").InnerTextAsync()).Trim();
        Assert.Matches("^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$", code);
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = $"QR kód odkazu s kódem {code}" })).ToBeVisibleAsync();
        await CheckAsync(facilitator, "invite panel with a code");
        await facilitator.Locator("section.invites").ScreenshotAsync(new() { Path = "/tmp/ui-join-code-invite-panel.png" });

        await using var phoneContext = await app.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var phone = await phoneContext.NewPageAsync();
        await phone.GotoAsync("/join");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Připojit se k setkání" })).ToBeVisibleAsync();
        var codeField = phone.GetByRole(AriaRole.Textbox, new() { Name = "Kód", Exact = true });
        await Expect(codeField).ToBeFocusedAsync();
        await CheckAsync(phone, "join by code: the code");
        await Shot(phone, "join-code-phone-code");

        // Typed as people do: lower case, without the hyphen.
        await codeField.FillAsync(code.Replace("-", "").ToLowerInvariant());
        await phone.GetByRole(AriaRole.Button, new() { Name = "Pokračovat" }).ClickAsync();
        var summary = phone.Locator(".join-summary");
        await Expect(summary).ToContainTextAsync(MeetingTitle);
        await Expect(summary).ToContainTextAsync("Pracovní skupina pro seniory");
        await Expect(summary).ToContainTextAsync("úterý 8. prosince 2026");
        await Expect(summary).ToContainTextAsync("13:00");
        await Expect(summary).ToContainTextAsync("Účastník");
        await Expect(phone.GetByLabel("Vaše jméno")).ToBeFocusedAsync();
        await CheckAsync(phone, "join by code: the name");
        await Shot(phone, "join-code-phone-name");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling at 390 px");

        await phone.GetByLabel("Vaše jméno").FillAsync("Pozdní Příchozí");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await Expect(phone.GetByText("Živě připojeno")).ToBeVisibleAsync();
        await CheckAsync(phone, "meeting joined by code (phone)");
        await OpenAreaAsync(facilitator, "Lidé");
        await Expect(facilitator.GetByText("Pozdní Příchozí").First).ToBeVisibleAsync();
        await OpenAreaAsync(facilitator, "Pozvánky");

        // The public link gets a code of its own while public watching is on; switched off, the code is gone.
        await facilitator.GetByRole(AriaRole.Switch, new() { Name = "Povolit veřejné sledování" }).CheckAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zobrazit kód pro veřejnost" }).ClickAsync();
        var publicCard = facilitator.Locator(".public-code .join-code-card");
        await Expect(publicCard).ToContainTextAsync("Kód pro veřejnost (pozorovatelé)");
        var publicCode = (await publicCard.Locator(".join-code").InnerTextAsync()).Trim();
        await Expect(publicCard.GetByRole(AriaRole.Img, new() { Name = $"QR kód odkazu s kódem {publicCode}" })).ToBeVisibleAsync();
        await CheckAsync(facilitator, "invite panel with the public code");
        await facilitator.Locator("section.invites").ScreenshotAsync(new() { Path = "/tmp/ui-join-code-public.png" });
        await facilitator.GetByRole(AriaRole.Switch, new() { Name = "Povolit veřejné sledování" }).UncheckAsync();
        await Expect(publicCard).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_without_saying_why_and_can_be_corrected()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ", ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/join#code=ZZZZZZ");

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Tento kód neplatí. Zkontrolujte ho, nebo požádejte facilitátora o platný.");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Kód", Exact = true })).ToHaveValueAsync("ZZZZZZ");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Kód", Exact = true })).ToBeFocusedAsync();
        await CheckAsync(page, "join by code: a wrong code");
    }

    private Task CheckAsync(IPage page, string where) => Accessibility.CheckAsync(page, app.AxeSource, where);
}
