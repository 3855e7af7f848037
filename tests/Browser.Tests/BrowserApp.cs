using System.Net;
using System.Net.Sockets;
using CommunityPlanning.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace CommunityPlanning.Browser.Tests;

/// <summary>
/// The real web application (embedded silo, SQLite in a folder of its own, demo data) on a free loopback port, and
/// Debian's Chromium driven by Playwright (browsers are never downloaded): for the browser tests and the page-load
/// benchmark (tests/PageLoad).
/// </summary>
public static class BrowserApp
{
    public const string DemoEmail = "facilitator@demo.example";
    public const string DemoPassword = "browser-test-demo-8f3k";
    public const string ChromiumPath = "/usr/bin/chromium";

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

            throw new InvalidOperationException("CommunityPlanning.sln not found above the output folder.");
        }
    }

    /// <summary>Starts the application; returns it with the http address it listens on.</summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(string dataDirectory)
    {
        var app = CommunityPlanningApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            $"--contentRoot={Path.Combine(RepositoryRoot, "Web")}",
            $"--Storage:DataDirectory={dataDirectory}",
            $"--Demo:Email={DemoEmail}",
            $"--Demo:Password={DemoPassword}",
            $"--Cluster:SiloPort={FreePort()}",
            $"--Cluster:GatewayPort={FreePort()}",
            "--Logging:LogLevel:Default=Warning",
            "--SignIn:PermitsPerMinute=100000",
            "--JoinCode:PermitsPerMinute=100000",
            "--Dashboard:Enabled=true",
        ]);
        await CommunityPlanningApp.StartAsync(app);
        var baseUrl = CommunityPlanningApp.Addresses(app).First(a => a.StartsWith("http://", StringComparison.Ordinal)).TrimEnd('/');
        return (app, baseUrl);
    }

    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium");
        }

        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
