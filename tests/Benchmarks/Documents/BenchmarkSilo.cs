using System.Net;
using System.Net.Sockets;
using CommunityPlanning.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Benchmarks.Documents;

/// <summary>
/// One real silo in this process (as the Web host embeds it): localhost clustering on free ports, the AdoNet grain
/// storage on a SQLite file created with <see cref="DatabaseSchema.EnsureAsync"/>, the grains' own services. Calls go
/// through the silo's hosted client (<see cref="IGrainFactory"/> from the silo's services). <c>configure</c> adds services
/// after the application's own (so it may replace them).
/// </summary>
internal sealed class BenchmarkSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkSilo(IHost host)
    {
        _host = host;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    public static async Task<BenchmarkSilo> StartAsync(StorageSettings storage, Action<IServiceCollection>? configure = null)
    {
        await DatabaseSchema.EnsureAsync(storage);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            var serviceId = "cp-bench";
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: serviceId, clusterId: serviceId);
            silo.AddCommunityPlanningStorage(storage);
            silo.Services.AddGrainServices();
            configure?.Invoke(silo.Services);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
