using CommunityPlanning.Web.Security;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The pages work under the Content-Security-Policy the server sends: Chromium reports nothing it refused while
/// two people write in a section (CodeMirror's styles, carets, the SignalR WebSocket), on the projector, and on
/// the dashboard.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ContentSecurityPolicyTests(AppFixture app)
{
    private const string MeetingTitle = "Setkání s bezpečnostní politikou";
    private const string Section = "Uživatelé služeb v sociální oblasti";

    [Fact]
    public async Task The_meeting_page_co_editing_and_the_projector_run_under_the_policy()
    {
        await using var facilitatorContext = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "cs-CZ" });
        var refused = Watch(facilitatorContext);
        var facilitator = await facilitatorContext.NewPageAsync();
        var home = await facilitator.GotoAsync("/");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await home!.HeaderValueAsync("content-security-policy"));
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);

        var inviteUrl = await CreateInviteAsync(facilitator, "Účastník");
        await using var participantContext = await app.Browser.NewContextAsync(new() { Locale = "cs-CZ" });
        refused.AddRange(Watch(participantContext));
        var participant = await participantContext.NewPageAsync();
        await participant.GotoAsync(inviteUrl);
        await participant.GetByLabel("Vaše jméno").FillAsync("Jan Novák");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(participant.GetByText("Živě připojeno")).ToBeVisibleAsync();

        // The participant writes and selects: the facilitator sees the text, the caret and who writes.
        await OpenAreaAsync("Vize", facilitator, participant);
        var editor = participant.Locator(".live-section").Filter(new() { Has = participant.GetByRole(AriaRole.Heading, new() { Level = 3, Name = Section }) })
            .GetByRole(AriaRole.Textbox, new() { Name = Section });
        await editor.ClickAsync();
        await participant.Keyboard.PressAsync("Control+End");
        await participant.Keyboard.TypeAsync(" Bez vložených skriptů.", new() { Delay = 10 });
        await participant.Keyboard.PressAsync("Shift+ArrowLeft");
        await Expect(facilitator.GetByText("Bez vložených skriptů.")).ToBeVisibleAsync();
        await Expect(facilitator.Locator(".remote-caret[data-name='Jan Novák']")).ToBeVisibleAsync();
        await Expect(facilitator.GetByText("Píše: Jan Novák")).ToBeVisibleAsync();
        await Shot(facilitator, "csp-meeting-cs");

        var projector = await facilitatorContext.NewPageAsync();
        var projected = await projector.GotoAsync($"/meetings/{MeetingIdOf(facilitator)}/projector");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await projected!.HeaderValueAsync("content-security-policy"));
        await Expect(projector.Locator(".room-stage")).ToBeVisibleAsync();
        await Expect(projector.GetByRole(AriaRole.Heading, new() { Level = 1, Name = MeetingTitle })).ToBeVisibleAsync();
        await Shot(projector, "csp-projector-cs");

        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_dashboard_runs_under_the_policy_for_an_administrator()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var refused = Watch(context);
        var page = await context.NewPageAsync();
        await SignInAsync(page); // the demo facilitator is an administrator

        var dashboard = await page.GotoAsync("/dashboard/");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, await dashboard!.HeaderValueAsync("content-security-policy"));
        await Expect(page.Locator("#content")).Not.ToContainTextAsync("Loading...");
        await Expect(page.Locator("#menu")).ToContainTextAsync("Silos");
        await Shot(page, "csp-dashboard");

        Assert.Empty(refused);
    }

    /// <summary>What Chromium refuses under the policy, as it reports it on every page of the context.</summary>
    private static List<string> Watch(IBrowserContext context)
    {
        var refused = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (refused)
                {
                    refused.Add($"{message.Location}: {message.Text}");
                }
            }
        };
        return refused;
    }
}
