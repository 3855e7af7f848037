using CommunityPlanning.Web.Hosting;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace CommunityPlanning.LoadTest;

/// <summary>The real application in this process: Kestrel on 127.0.0.1, embedded silo, SQLite in a temporary folder.</summary>
public sealed class LoadServer : IAsyncDisposable
{
    public const string AdminEmail = "zatez@kraj-lbc.example";
    public const string AdminPassword = "zátěžové-heslo-koordinátora";

    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private LoadServer(WebApplication app, string dataDirectory, Uri baseUri)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static async Task<LoadServer> StartAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-load-{Guid.NewGuid():N}");
        var app = CommunityPlanningApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            "--Hosting:Mode=Embedded",
            "--Storage:Provider=Sqlite",
            $"--Storage:DataDirectory={dataDirectory}",
            $"--Cluster:SiloPort={FreePort.Next()}",
            $"--Cluster:GatewayPort={FreePort.Next()}",
            "--Demo:Enabled=false",
            $"--Admin:Email={AdminEmail}",
            $"--Admin:Password={AdminPassword}",
        ]);
        await CommunityPlanningApp.StartAsync(app);
        return new LoadServer(app, dataDirectory, new Uri(CommunityPlanningApp.Addresses(app).Single()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
