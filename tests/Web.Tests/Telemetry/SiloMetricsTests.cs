using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Telemetry;

/// <summary>A stand-alone silo serves its Orleans metrics on a port of its own, to a scraper with the token only.</summary>
[Collection(MetricsCollection.Name)]
public sealed class SiloMetricsTests : IAsyncLifetime
{
    private const string Token = "silo-scraper-token";
    private readonly int _metricsPort = FreePort.Next();
    private IHost _silo = null!;

    public async Task InitializeAsync()
    {
        var clusterId = $"test-{Guid.NewGuid():N}";
        string[] settings =
        [
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={TestPostgres.ConnectionString}",
            $"--Cluster:ClusterId={clusterId}",
            $"--Cluster:ServiceId={clusterId}",
            $"--Cluster:SiloPort={FreePort.Next()}",
            $"--Cluster:GatewayPort={FreePort.Next()}",
            "--Logging:LogLevel:Default=Warning",
            $"--{SiloMetrics.PortSetting}={_metricsPort}",
            $"--{ScraperToken.Setting}={Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Token)))}",
        ];
        await new ConfigurationBuilder().AddCommandLine(settings).Build().EnsureDatabaseAsync();
        _silo = SiloHost.Create(settings);
        await _silo.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _silo.StopAsync();
        _silo.Dispose();
    }

    [Fact]
    public async Task The_silo_serves_orleans_and_runtime_metrics_to_the_token_and_refuses_anyone_else()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_metricsPort}") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(SiloMetrics.ScrapePath)).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, SiloMetrics.ScrapePath) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token + "x") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        var scrape = await http.GetStringAsync(SiloMetrics.ScrapePath);
        Assert.Contains("\norleans_", scrape);
        Assert.Contains("\ndotnet_gc_", scrape);
    }

    [Fact]
    public void A_metrics_port_without_a_token_stops_the_silo_at_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SiloHost.Create([$"--{SiloMetrics.PortSetting}={FreePort.Next()}"]));
        Assert.Contains(ScraperToken.Setting, error.Message);
    }
}
