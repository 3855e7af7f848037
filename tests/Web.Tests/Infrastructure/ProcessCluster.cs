using CommunityPlanning.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// The cluster as README deploys it, every part a process of its own so that a fault test can kill it: silos and web
/// servers in client mode on the test PostgreSQL (see <see cref="WebCluster"/> for the in-process kind). The test keeps
/// an Orleans client of its own to ask where a grain lives.
/// </summary>
public sealed class ProcessCluster : IAsyncDisposable
{
    private readonly string _certificatePath;
    private readonly IHost _client;

    private ProcessCluster(IReadOnlyList<ClusterProcess> silos, IReadOnlyList<int> siloPorts, IReadOnlyList<ClusterProcess> webProcesses,
        IReadOnlyList<Uri> webServers, string certificatePath, IHost client)
    {
        Silos = silos;
        SiloPorts = siloPorts;
        WebProcesses = webProcesses;
        WebServers = webServers;
        _certificatePath = certificatePath;
        _client = client;
    }

    public IReadOnlyList<ClusterProcess> Silos { get; }

    /// <summary>Each silo's port (as in its <c>SiloAddress</c>).</summary>
    public IReadOnlyList<int> SiloPorts { get; }

    public IReadOnlyList<ClusterProcess> WebProcesses { get; }

    public IReadOnlyList<Uri> WebServers { get; }

    public IGrainFactory Grains => _client.Services.GetRequiredService<IGrainFactory>();

    public static async Task<ProcessCluster> StartAsync(int silos, int webServers)
    {
        var clusterId = $"faults-{Guid.NewGuid():N}";
        var common = await WebCluster.CommonArgumentsAsync(clusterId);
        var siloPorts = Enumerable.Range(0, silos).Select(_ => FreePort.Next()).ToList();
        var siloProcesses = siloPorts.Select((port, i) => new ClusterProcess($"silo{i}", "Silo", "CommunityPlanning.Silo.dll",
            [.. common, $"--Cluster:SiloPort={port}", $"--Cluster:GatewayPort={FreePort.Next()}"])).ToList();
        await siloProcesses[0].StartAsync(); // the first makes the cluster; the others join it together
        await Task.WhenAll(siloProcesses.Skip(1).Select(s => s.StartAsync()));

        var certificatePath = WebCluster.CertificatePath(clusterId);
        TestCertificate.WritePfx(certificatePath);
        var webUris = Enumerable.Range(0, webServers).Select(_ => new Uri($"http://127.0.0.1:{FreePort.Next()}")).ToList();
        var webProcesses = webUris.Select((uri, i) => new ClusterProcess($"web{i}", "Web", "CommunityPlanning.Web.dll",
        [
            .. WebCluster.WebArguments(common, certificatePath), $"--urls={uri}", "--SignIn:PermitsPerMinute=100000",
            "--JoinCode:PermitsPerMinute=100000", "--Demo:Enabled=false",
        ])).ToList();
        await Task.WhenAll(webProcesses.Select(w => w.StartAsync()));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = common, DisableDefaults = true });
        builder.Configuration.AddCommandLine(common);
        builder.UseOrleansClient(client => client.AddCommunityPlanning(builder.Configuration));
        var host = builder.Build();
        await host.StartAsync();
        return new ProcessCluster(siloProcesses, siloPorts, webProcesses, webUris, certificatePath, host);
    }

    /// <summary>The index of the silo the grain is active on now.</summary>
    public async Task<int> SiloOfAsync(IAddressable grain)
    {
        var address = await Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException("the grain is not active");
        return SiloPorts.ToList().IndexOf(address.Endpoint.Port);
    }

    /// <summary>Starts again every silo and web server that is not running (after a test killed one).</summary>
    public async Task EnsureRunningAsync()
    {
        foreach (var process in Silos.Concat(WebProcesses).Where(p => !p.Running))
        {
            await process.StartAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in WebProcesses.Concat(Silos))
        {
            await process.DisposeAsync();
        }

        // The silos are gone: the client's goodbye cannot reach them.
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _client.StopAsync(stopping.Token);
        _client.Dispose();

        File.Delete(_certificatePath);
    }
}
