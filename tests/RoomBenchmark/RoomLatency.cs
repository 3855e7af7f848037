using System.Globalization;
using CommunityPlanning.Browser.Tests;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;

namespace CommunityPlanning.RoomBenchmark;

/// <summary>
/// The application in this process, the demo meeting's page and its room screen in one Chromium: the facilitator's
/// button is clicked and the time until the room screen's DOM shows the change is measured with the pages' shared
/// clock (<c>performance.timeOrigin + performance.now()</c>), for blanking and unblanking (one event) and for switching
/// between the ranking and the join card (an event, and for the card a call for its codes).
/// </summary>
public static class RoomLatency
{
    /// <summary>In the room screen: starts watching every DOM change for the time the selector first matches.</summary>
    private const string Watch = """
        (selector) => {
          window.roomSeen = new Promise(resolve => {
            const observer = new MutationObserver(() => {
              if (document.querySelector(selector) !== null) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          });
        }
        """;

    /// <summary>In the facilitator's page: clicks the button and answers when it was clicked.</summary>
    private const string Click = """
        (name) => {
          const button = [...document.querySelectorAll('.room-controls button')].find(b => b.textContent.trim() === name);
          const at = performance.timeOrigin + performance.now();
          button.click();
          return at;
        }
        """;

    public static async Task<int> RunAsync(int actions, string chromium)
    {
        var data = Path.Combine(Path.GetTempPath(), $"cp-room-benchmark-{Guid.NewGuid():N}");
        var (app, baseUrl) = await BrowserApp.StartAsync(data);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
            var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "cs-CZ" });
            var facilitator = await context.NewPageAsync();
            await SignInAsync(facilitator);
            await facilitator.GetByRole(AriaRole.Link, new() { Name = "Pracovní skupina pro seniory" }).ClickAsync();
            await facilitator.GetByRole(AriaRole.Link, new() { Name = "Setkání pracovní skupiny – vize" }).ClickAsync();
            await facilitator.Locator(".room-controls").WaitForAsync();
            var meetingId = MeetingIdOf(facilitator);
            await OpenAreaAsync(facilitator, "Pozvánky");
            await facilitator.GetByLabel("Povolit veřejné sledování").CheckAsync();
            await OpenAreaAsync(facilitator, "Program");

            // The room screen in a window of its own, as a projector would have it.
            var room = await (await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "cs-CZ", StorageState = await context.StorageStateAsync(), ViewportSize = new() { Width = 1920, Height = 1080 } })).NewPageAsync();
            await room.GotoAsync($"/meetings/{meetingId}/projector");
            await room.Locator(".room-stage").WaitForAsync();
            Console.WriteLine($"measuring {actions} actions of each kind…");

            var blank = new List<double>();
            var switching = new List<double>();
            for (var i = 0; i < actions; i++)
            {
                var blanked = i % 2 == 0;
                // The toggle sends the opposite of what the facilitator's page knows: click once it knows the last change.
                await facilitator.Locator($".room-controls button[aria-pressed={(!blanked).ToString().ToLowerInvariant()}]").WaitForAsync();
                blank.Add(await MeasureAsync(facilitator, room, "Zatemnit plátno", blanked ? "[data-room=blank]" : ".room-stage"));
            }

            for (var i = 0; i < actions; i++)
            {
                var ranking = i % 2 == 0;
                switching.Add(await MeasureAsync(facilitator, room, ranking ? "Ukázat pořadí návrhů" : "Ukázat kód pro připojení",
                    ranking ? "[data-room=ranking]" : "[data-room=join-card] .room-code"));
            }

            Console.WriteLine($"facilitator click → room screen updated, {actions} actions each, Chromium, {Environment.ProcessorCount} cores");
            Console.WriteLine($"  blank / unblank:          {Describe(blank)}");
            Console.WriteLine($"  ranking ↔ join card:      {Describe(switching)}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<double> MeasureAsync(IPage facilitator, IPage room, string button, string shown)
    {
        await room.EvaluateAsync(Watch, shown);
        var clicked = await facilitator.EvaluateAsync<double>(Click, button);
        return await room.EvaluateAsync<double>("() => window.roomSeen").WaitAsync(TimeSpan.FromSeconds(20)) - clicked;
    }

    private static string Describe(List<double> ms)
    {
        var sorted = ms.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {Rank(0.5),6:F1} ms   p99 {Rank(0.99),6:F1} ms   max {sorted[^1],6:F1} ms");
    }
}
