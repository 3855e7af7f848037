using CommunityPlanning.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>The real web application on Kestrel at 127.0.0.1 with a free port.</summary>
public sealed class WebAppHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebAppHost(WebApplication app, Uri baseUri)
    {
        _app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>This server's way to the grains: to read what the cluster holds, past every web server's relay.</summary>
    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static async Task<WebAppHost> StartAsync(params string[] settings)
    {
        // Every test client signs in from 127.0.0.1: the per-address limit is for tests of its own (SignInLimitTests).
        var app = CommunityPlanningApp.Create(["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--SignIn:PermitsPerMinute=100000", "--JoinCode:PermitsPerMinute=100000", .. settings]);
        await CommunityPlanningApp.StartAsync(app);
        return new WebAppHost(app, new Uri(CommunityPlanningApp.Addresses(app).Single()));
    }

    /// <summary>One process with its own silo on SQLite in a fresh folder, and an administrator account.</summary>
    /// <param name="settings">More settings, after the ones here (e.g. <c>--Relay:MaxQueuedRounds=8</c>).</param>
    public static Task<WebAppHost> StartEmbeddedAsync(string dataDirectory, params string[] settings) => StartAsync(
    [
        "--Hosting:Mode=Embedded",
        "--Storage:Provider=Sqlite",
        $"--Storage:DataDirectory={dataDirectory}",
        $"--Cluster:SiloPort={FreePort.Next()}",
        $"--Cluster:GatewayPort={FreePort.Next()}",
        "--Demo:Enabled=false",
        $"--Admin:Email={TestAccounts.AdminEmail}",
        $"--Admin:Password={TestAccounts.AdminPassword}",
        .. settings,
    ]);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public static class TestAccounts
{
    public const string AdminEmail = "koordinatorka@kraj-lbc.example";
    public const string AdminPassword = "tajné-heslo-koordinátorky";
    public const string OrganizerPassword = "heslo-jineho-organizatora";
}
