using System.Globalization;
using CommunityPlanning.Browser.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using static CommunityPlanning.Browser.Tests.Steps;
using static Microsoft.Playwright.Assertions;

namespace CommunityPlanning.PageLoad;

/// <summary>
/// A participant's phone on Chromium's "Fast 3G" opens the meeting: a facilitator (unthrottled) runs a meeting with
/// an item under discussion; each run is a fresh browser (nothing cached) at 390×844 that opens an invite, joins,
/// and then, again fresh but with the seat it got, opens the meeting page directly (a link or a reload).
/// <para>
/// Interactive means: the meeting's heading, the item under discussion, "Živě připojeno" (the live connection is up)
/// and an enabled "Přihlásit se o slovo" (raise a hand), all at once. The time is taken in the page, from the
/// navigation's start (performance.now()) to the first animation frame where all of that holds.
/// </para>
/// </summary>
public static class PageLoadBenchmark
{
    /// <summary>A meeting of this run's own, also when measuring an app that already ran the benchmark.</summary>
    private static readonly string MeetingTitle = $"Měření načítání {DateTime.Now:HH.mm.ss}";
    private const string Item = "Vize sociálních služeb";

    /// <summary>Chromium DevTools' "Fast 3G" preset (bytes per second, milliseconds), as Puppeteer lists it too.</summary>
    private static readonly Dictionary<string, object> Fast3G = new()
    {
        ["offline"] = false,
        ["downloadThroughput"] = 1.6 * 1000 * 1000 / 8 * 0.9,
        ["uploadThroughput"] = 750 * 1000 / 8 * 0.9,
        ["latency"] = 150 * 3.75,
    };

    /// <summary>In the page: performance.now() once the participant can take part (see the class summary), else null.</summary>
    private static readonly string Interactive = $$"""
        () => {
          const main = document.querySelector("main");
          const text = main?.textContent ?? "";
          const ready = main?.querySelector("h1")?.textContent?.includes("{{MeetingTitle}}")
            && text.includes("{{Item}}")
            && text.includes("Živě připojeno")
            && [...main.querySelectorAll("button")].some((b) => b.textContent.trim() === "Přihlásit se o slovo" && !b.disabled);
          return ready ? performance.now() : null;
        }
        """;

    /// <summary>In the page: performance.now() once the join form's name field can be typed into, else null.</summary>
    private const string JoinFormReady = """
        () => {
          const input = [...document.querySelectorAll("label")].find((l) => l.textContent.includes("Vaše jméno"))?.control;
          return input && !input.disabled ? performance.now() : null;
        }
        """;

    public static async Task<int> RunAsync(PageLoadOptions options)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-pageload-{Guid.NewGuid():N}");
        WebApplication? app = null;
        var baseUrl = options.BaseUrl;
        if (baseUrl is null)
        {
            (app, baseUrl) = await BrowserApp.StartAsync(dataDirectory);
        }

        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await BrowserApp.LaunchChromiumAsync(playwright);
            SetDefaultExpectTimeout(60_000);
            var facilitator = await OpenMeetingAsync(browser, baseUrl);

            Console.WriteLine($"Participant's meeting page on Fast 3G (latency 562.5 ms, 1.44 Mbit/s down, 675 kbit/s up), CPU slowdown {options.CpuSlowdown.ToString(CultureInfo.InvariantCulture)}×, {options.Runs} runs (+1 not counted), ms:");
            Console.WriteLine("run  join form ready  join click → interactive  meeting page (link) → interactive  KB over the wire (link)");
            var joinForm = new List<double>();
            var joined = new List<double>();
            var direct = new List<double>();
            for (var run = 0; run <= options.Runs; run++)
            {
                var inviteUrl = await CreateInviteAsync(facilitator, "Účastník");
                var waterfall = options.Waterfall && run == options.Runs;
                var measured = await MeasureAsync(browser, inviteUrl, $"{baseUrl}{new Uri(facilitator.Url).AbsolutePath}", options.CpuSlowdown, run, waterfall);
                Console.WriteLine($"{(run == 0 ? "warm" : run.ToString(CultureInfo.InvariantCulture)),4}  {measured.JoinForm,15:F0}  {measured.Joined,23:F0}  {measured.Direct,33:F0}  {measured.DirectKb,23:F1}");
                if (run > 0)
                {
                    joinForm.Add(measured.JoinForm);
                    joined.Add(measured.Joined);
                    direct.Add(measured.Direct);
                }
            }

            Console.WriteLine($"median {Median(joinForm),11:F0}  {Median(joined),23:F0}  {Median(direct),33:F0}");
            Console.WriteLine($"max    {joinForm.Max(),11:F0}  {joined.Max(),23:F0}  {direct.Max(),33:F0}");
            return 0;
        }
        finally
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
                try
                {
                    Directory.Delete(dataDirectory, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    /// <summary>The facilitator's page of a running meeting with an item under discussion.</summary>
    private static async Task<IPage> OpenMeetingAsync(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = baseUrl, Locale = "cs-CZ" });
        var facilitator = await context.NewPageAsync();
        await SignInAsync(facilitator);
        await CreateMeetingAsync(facilitator, MeetingTitle);
        await facilitator.GetByLabel("Název bodu").FillAsync(Item);
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Přidat bod" }).ClickAsync();
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Zahájit setkání" }).ClickAsync();
        await facilitator.Locator(".agenda-panel").GetByRole(AriaRole.Button, new() { Name = "Projednávat nyní" }).ClickAsync();
        return facilitator;
    }

    private sealed record Measured(double JoinForm, double Joined, double Direct, double DirectKb);

    private static async Task<Measured> MeasureAsync(IBrowser browser, string inviteUrl, string meetingUrl, double cpuSlowdown, int run, bool waterfall)
    {
        // Joining: a fresh phone opens the invite, types a name and joins.
        await using var joinContext = await NewPhoneAsync(browser);
        var page = await joinContext.NewPageAsync();
        await ThrottleAsync(page, cpuSlowdown);
        await page.GotoAsync(inviteUrl, new() { WaitUntil = WaitUntilState.Commit });
        var joinForm = await WhenAsync(page, JoinFormReady);
        await page.GetByLabel("Vaše jméno").FillAsync($"Účastnice {run}");
        var clicked = await page.EvaluateAsync<double>("() => performance.now()");
        await page.GetByRole(AriaRole.Button, new() { Name = "Připojit se" }).ClickAsync();
        var joined = await WhenAsync(page, Interactive) - clicked;

        // The meeting page opened directly, by someone who has joined (their seat kept by the browser), nothing cached.
        var seat = await joinContext.StorageStateAsync();
        await using var linkContext = await NewPhoneAsync(browser, seat);
        var link = await linkContext.NewPageAsync();
        var cdp = await ThrottleAsync(link, cpuSlowdown);
        double bytes = 0;
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => bytes += e?.GetProperty("encodedDataLength").GetDouble() ?? 0;
        var requests = waterfall ? new Waterfall(cdp) : null;
        await link.GotoAsync(meetingUrl, new() { WaitUntil = WaitUntilState.Commit });
        var direct = await WhenAsync(link, Interactive);
        await Expect(link.GetByText("Živě připojeno")).ToBeVisibleAsync();
        if (requests is not null)
        {
            Console.WriteLine($"The last run's meeting page (link), interactive at {direct:F0} ms:");
            requests.Print();
        }

        return new Measured(joinForm, joined, direct, bytes / 1024);
    }

    private static Task<IBrowserContext> NewPhoneAsync(IBrowser browser, string? storageState = null) =>
        browser.NewContextAsync(new()
        {
            Locale = "cs-CZ",
            ViewportSize = new() { Width = 390, Height = 844 },
            StorageState = storageState,
        });

    private static async Task<ICDPSession> ThrottleAsync(IPage page, double cpuSlowdown)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new() { ["cacheDisabled"] = false });
        await cdp.SendAsync("Network.emulateNetworkConditions", Fast3G);
        if (cpuSlowdown > 1)
        {
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = cpuSlowdown });
        }

        return cdp;
    }

    /// <summary>The page's own performance.now() at the first animation frame where the condition held.</summary>
    private static async Task<double> WhenAsync(IPage page, string condition)
    {
        var handle = await page.WaitForFunctionAsync(condition, null, new() { PollingInterval = null, Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
