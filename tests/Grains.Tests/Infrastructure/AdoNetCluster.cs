using CommunityPlanning.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>A test cluster whose grain storage is the real AdoNet provider on a test database.</summary>
public static class AdoNetCluster
{
    /// <summary>One silo by default (the machine has two cores).</summary>
    /// <param name="configure">More services for every silo, after the application's own (so it may replace them).</param>
    public static async Task<InProcessTestCluster> StartAsync(
        StorageSettings settings, string serviceId, short silos = 1, Action<IServiceCollection>? configure = null)
    {
        await DatabaseSchema.EnsureAsync(settings);

        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCommunityPlanningStorage(settings);
            silo.Services.AddGrainServices();
            configure?.Invoke(silo.Services);
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
