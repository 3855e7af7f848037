using CommunityPlanning.Hosting;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>A test cluster whose grain storage is the real AdoNet provider on a test database.</summary>
public static class AdoNetCluster
{
    /// <summary>One silo by default (the machine has two cores).</summary>
    public static async Task<InProcessTestCluster> StartAsync(StorageSettings settings, string serviceId, short silos = 1)
    {
        await DatabaseSchema.EnsureAsync(settings);

        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ServiceId = serviceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCommunityPlanningStorage(settings);
            silo.Services.AddGrainServices();
        });
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
