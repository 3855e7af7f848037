using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// The cluster mode as deployed: a stand-alone silo and web servers in client mode, all on the test PostgreSQL
/// (<see cref="TestPostgres"/>) under a cluster id of their own, with an administrator account and one key ring
/// certificate shared by the web servers.
/// </summary>
public sealed class WebCluster : IAsyncDisposable
{
    private readonly IHost _silo;
    private readonly string _certificatePath;

    private WebCluster(IHost silo, IReadOnlyList<WebAppHost> webServers, string certificatePath, byte[] certificate)
    {
        _silo = silo;
        WebServers = webServers;
        _certificatePath = certificatePath;
        KeyRingCertificate = certificate;
    }

    public IReadOnlyList<WebAppHost> WebServers { get; }

    /// <summary>The certificate (DER) that encrypts the shared key ring.</summary>
    public byte[] KeyRingCertificate { get; }

    /// <param name="settings">More settings for every web server.</param>
    public static async Task<WebCluster> StartAsync(int webServers, params string[] settings)
    {
        var clusterId = $"test-{Guid.NewGuid():N}";
        var common = await CommonArgumentsAsync(clusterId);
        var silo = SiloHost.Create([.. common, $"--Cluster:SiloPort={FreePort.Next()}", $"--Cluster:GatewayPort={FreePort.Next()}"]);
        await silo.StartAsync();
        var certificatePath = CertificatePath(clusterId);
        var certificate = TestCertificate.WritePfx(certificatePath);
        string[] web = [.. WebArguments(common, certificatePath), .. settings];
        var servers = new List<WebAppHost>();
        for (var i = 0; i < webServers; i++)
        {
            servers.Add(await WebAppHost.StartAsync(web));
        }

        return new WebCluster(silo, servers, certificatePath, certificate);
    }

    /// <summary>What every silo and web server of a cluster is started with; the database's schema is made first.</summary>
    internal static async Task<string[]> CommonArgumentsAsync(string clusterId)
    {
        string[] common =
        [
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={TestPostgres.ConnectionString}",
            $"--Cluster:ClusterId={clusterId}",
            $"--Cluster:ServiceId={clusterId}",
            "--Logging:LogLevel:Default=Warning",
        ];
        await new ConfigurationBuilder().AddCommandLine(common).Build().EnsureDatabaseAsync();
        return common;
    }

    internal static string CertificatePath(string clusterId) => Path.Combine(Path.GetTempPath(), $"cp-{clusterId}.pfx");

    /// <summary>A web server in client mode with the administrator account and the shared key ring certificate.</summary>
    internal static string[] WebArguments(string[] common, string certificatePath) =>
    [
        .. common, "--Hosting:Mode=Client", $"--Admin:Email={TestAccounts.AdminEmail}", $"--Admin:Password={TestAccounts.AdminPassword}",
        $"--DataProtection:CertificatePath={certificatePath}", $"--DataProtection:CertificatePassword={TestCertificate.Password}",
    ];

    public async ValueTask DisposeAsync()
    {
        foreach (var server in WebServers)
        {
            await server.DisposeAsync();
        }

        await _silo.StopAsync();
        _silo.Dispose();
        File.Delete(_certificatePath);
    }
}
