using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// The cluster mode as deployed: a stand-alone silo and web servers in client mode, all on the test PostgreSQL
/// (<see cref="TestPostgres"/>) under a cluster id of their own, with an administrator account.
/// </summary>
public sealed class WebCluster : IAsyncDisposable
{
    private readonly IHost _silo;

    private WebCluster(IHost silo, IReadOnlyList<WebAppHost> webServers)
    {
        _silo = silo;
        WebServers = webServers;
    }

    public IReadOnlyList<WebAppHost> WebServers { get; }

    /// <param name="settings">More settings for every web server.</param>
    public static async Task<WebCluster> StartAsync(int webServers, params string[] settings)
    {
        var clusterId = $"test-{Guid.NewGuid():N}";
        string[] common =
        [
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={TestPostgres.ConnectionString}",
            $"--Cluster:ClusterId={clusterId}",
            $"--Cluster:ServiceId={clusterId}",
            "--Logging:LogLevel:Default=Warning",
        ];
        await new ConfigurationBuilder().AddCommandLine(common).Build().EnsureDatabaseAsync();
        var silo = SiloHost.Create([.. common, $"--Cluster:SiloPort={FreePort.Next()}", $"--Cluster:GatewayPort={FreePort.Next()}"]);
        await silo.StartAsync();
        string[] web = [.. common, "--Hosting:Mode=Client", $"--Admin:Email={TestAccounts.AdminEmail}", $"--Admin:Password={TestAccounts.AdminPassword}", .. settings];
        var servers = new List<WebAppHost>();
        for (var i = 0; i < webServers; i++)
        {
            servers.Add(await WebAppHost.StartAsync(web));
        }

        return new WebCluster(silo, servers);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in WebServers)
        {
            await server.DisposeAsync();
        }

        await _silo.StopAsync();
        _silo.Dispose();
    }
}
