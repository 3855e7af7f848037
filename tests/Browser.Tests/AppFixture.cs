using System.Net;
using System.Net.Sockets;
using CommunityPlanning.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The real web application (embedded silo, SQLite in a temporary folder, demo data) on a free loopback port,
/// and Debian's Chromium driven by Playwright. Browsers are never downloaded.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public const string DemoEmail = "facilitator@demo.example";
    public const string DemoPassword = "browser-test-demo-8f3k";
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-browser-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>axe-core, from the client's devDependencies.</summary>
    public string AxeSource { get; private set; } = "";

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CommunityPlanning.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("CommunityPlanning.sln not found above the test output folder.");
        }
    }

    public async Task InitializeAsync()
    {
        var web = Path.Combine(RepositoryRoot, "Web");
        AxeSource = await File.ReadAllTextAsync(Path.Combine(web, "Client", "node_modules", "axe-core", "axe.min.js"));

        _app = CommunityPlanningApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={web}",
            $"--Storage:DataDirectory={_dataDirectory}",
            $"--Demo:Email={DemoEmail}",
            $"--Demo:Password={DemoPassword}",
            $"--Cluster:SiloPort={FreePort()}",
            $"--Cluster:GatewayPort={FreePort()}",
            "--Logging:LogLevel:Default=Warning",
            "--SignIn:PermitsPerMinute=100000",
            "--JoinCode:PermitsPerMinute=100000",
            "--Dashboard:Enabled=true",
        ]);
        await CommunityPlanningApp.StartAsync(_app);
        BaseUrl = CommunityPlanningApp.Addresses(_app).First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One app and one browser for every browser test class; the classes run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
