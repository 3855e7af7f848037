using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// The deployment of deploy/ on PostgreSQL: a silo, two web servers in processes of their own (client mode, so one
/// can be killed) and Debian's nginx with deploy/nginx/communityplanning.conf terminating TLS in front of them.
/// </summary>
public sealed partial class NginxDeployment : IAsyncDisposable
{
    private const string ScraperToken = "nginx-test-scraper";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly List<WebServerProcess> _webServers = [];
    private IHost? _silo;
    private NginxProxy? _nginx;
    private string? _certificatePath;

    private NginxDeployment()
    {
    }

    public NginxProxy Nginx => _nginx!;

    public IReadOnlyList<WebServerProcess> WebServers => _webServers;

    public IGrainFactory Grains => _silo!.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts everything; what did start is stopped again if a later part fails.</summary>
    public static async Task<NginxDeployment> StartAsync()
    {
        var deployment = new NginxDeployment();
        try
        {
            await deployment.StartPartsAsync();
            return deployment;
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
    }

    private async Task StartPartsAsync()
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
        _silo = SiloHost.Create([.. common, $"--Cluster:SiloPort={FreePort.Next()}", $"--Cluster:GatewayPort={FreePort.Next()}"]);
        await _silo.StartAsync();

        _certificatePath = Path.Combine(Path.GetTempPath(), $"cp-{clusterId}.pfx");
        TestCertificate.WritePfx(_certificatePath);
        string[] web =
        [
            .. common, "--Hosting:Mode=Client", "--SignIn:PermitsPerMinute=100000",
            $"--Admin:Email={TestAccounts.AdminEmail}", $"--Admin:Password={TestAccounts.AdminPassword}",
            $"--DataProtection:CertificatePath={_certificatePath}", $"--DataProtection:CertificatePassword={TestCertificate.Password}",
            $"--Metrics:TokenSha256={Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ScraperToken)))}",
        ];
        // One after the other: the first creates the administrator before the second looks for it.
        _webServers.Add(await WebServerProcess.StartAsync(web));
        _webServers.Add(await WebServerProcess.StartAsync(web));
        _nginx = await NginxProxy.StartAsync([.. _webServers.Select(w => w.Port)]);
    }

    /// <summary>The web server that relays the document now (it holds its editors' connections), by its metrics.</summary>
    public async Task<WebServerProcess> ServerRelayingAsync()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (true)
        {
            var relaying = new List<WebServerProcess>();
            foreach (var server in _webServers.Where(w => !w.HasExited))
            {
                if (await RelayedDocumentsAsync(server) > 0)
                {
                    relaying.Add(server);
                }
            }

            if (relaying.Count == 1)
            {
                return relaying[0];
            }

            await Task.Delay(100, cancel.Token); // the exporter refreshes what a scrape answers at most this often
        }
    }

    private static async Task<double> RelayedDocumentsAsync(WebServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScraperToken);
        var scrape = await http.GetStringAsync("/metrics");
        return RelayDocuments().Match(scrape) is { Success: true } m ? double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture) : 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var server in _webServers)
        {
            await server.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        if (_certificatePath is not null)
        {
            File.Delete(_certificatePath);
        }
    }

    [GeneratedRegex(@"^cp_relay_documents(\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex RelayDocuments();
}
