using CommunityPlanning.Browser.Tests;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// A real participant in Chromium types through nginx (deploy/) in front of two web servers; the web server holding
/// their connection is killed (SIGKILL) while they type. The page says honestly that it is reconnecting, comes back
/// through nginx on the other web server, and the text the person typed is on the server: no keystroke lost or doubled.
/// About 40 s, most of it starting the silo, the two web servers and nginx.
/// </summary>
public sealed class BrowserKillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Section = "Dostupnost";
    private const string Start = "Vize: ";
    private const string BeforeKill = "služby jsou blízko";
    private const string AcrossKill = " a dostupné i večer, kdy lidé nepracují.";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Keeps every state the live bar's connection cell is rendered in, so a short one is not missed.</summary>
    private const string RecordConnectionStates = """
        () => {
          const states = window.cpConnectionStates = [];
          const record = () => {
            const cell = document.querySelector(".live-bar .connection");
            const state = cell ? `${cell.className}|${cell.textContent}` : "none";
            if (states[states.length - 1] !== state) states.push(state);
          };
          new MutationObserver(record).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          record();
        }
        """;

    private NginxDeployment _deployment = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _deployment = await NginxDeployment.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserApp.LaunchChromiumAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_deployment is not null)
        {
            await _deployment.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_participant_typing_in_Chromium_sees_the_reconnect_and_loses_no_keystroke_when_their_web_server_is_killed()
    {
        var nginx = _deployment.Nginx;
        using var organizer = new ApiClient(nginx.BaseUri, nginx.Certificate);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, [(Section, Start)]);
        var sectionId = document.Sections[0].Id;
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);

        // The browser trusts nginx's self-signed certificate, as a town's browsers trust its real one.
        await using var context = await _browser.NewContextAsync(new() { Locale = "cs-CZ", IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        // The link names the public host without the test's port (nginx forwards $host, as on 443): the test's port put back.
        await page.GotoAsync(new Uri(nginx.BaseUri, "/join" + new Uri(invite.Url).Fragment).ToString());
        await page.GetByLabel("Vaše jméno").FillAsync("Jana Nováková");
        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        await Expect(page.GetByText("Živě připojeno")).ToBeVisibleAsync();
        var area = page.GetByRole(AriaRole.Navigation, new() { Name = "Části setkání" }).GetByRole(AriaRole.Link, new() { Name = "Vize", Exact = true });
        await area.ClickAsync();
        await Expect(area).ToHaveAttributeAsync("aria-current", "page");
        var editor = page.Locator(".live-section").GetByRole(AriaRole.Textbox, new() { Name = Section });
        await Expect(editor).ToHaveAttributeAsync("aria-readonly", "false");

        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(BeforeKill, new() { Delay = 20 });
        await ServerTextAsync(document.Id, sectionId, Start + BeforeKill);
        var onServer = await _deployment.ServerRelayingAsync();
        await page.EvaluateAsync(RecordConnectionStates);

        // Killed while the person types on: the keystrokes after it wait in the page and go out after the reconnect.
        var typing = page.Keyboard.TypeAsync(AcrossKill, new() { Delay = 40 });
        await Expect(editor).ToContainTextAsync(AcrossKill[..4]);
        await onServer.KillAsync();
        await typing;

        // Back, through nginx, on the other web server, and everything typed is the server's text, once.
        await Expect(page.Locator(".live-bar .connection")).ToHaveTextAsync("Živě připojeno");
        await ServerTextAsync(document.Id, sectionId, Start + BeforeKill + AcrossKill);
        await Expect(editor).ToHaveTextAsync(Start + BeforeKill + AcrossKill);
        Assert.Same(_deployment.WebServers.Single(w => w != onServer), await _deployment.ServerRelayingAsync());

        // The page said so while it was away, and did not claim to be connected meanwhile.
        var states = await page.EvaluateAsync<string[]>("() => window.cpConnectionStates");
        output.WriteLine($"live bar: {string.Join(" → ", states)}");
        var reconnecting = Array.FindIndex(states, s => s.Contains("connection-reconnecting", StringComparison.Ordinal));
        Assert.True(reconnecting > 0, $"the reconnecting state was never shown: {string.Join(" → ", states)}");
        Assert.StartsWith("connection connection-connected|", states[0], StringComparison.Ordinal);
        Assert.EndsWith("|Spojení přerušeno, znovu se připojuje…", states[reconnecting], StringComparison.Ordinal);
        Assert.Equal("connection connection-connected|Živě připojeno", states[^1]);
    }

    /// <summary>Waits (bounded) until the section's text on the server is <paramref name="expected"/>, and fails with what it is.</summary>
    private async Task ServerTextAsync(Guid documentId, Guid sectionId, string expected)
    {
        var grain = _deployment.Grains.GetGrain<IVisionDocumentGrain>(documentId);
        var text = "";
        using var cancel = new CancellationTokenSource(Timeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while ((text = (await grain.Open()).Sections.Single(s => s.SectionId == sectionId).Text) != expected)
        {
            if (!await ticks.WaitForNextTickAsync(cancel.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            {
                Assert.Equal(expected, text);
            }
        }
    }
}
