using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Tests.Storage;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Intentions;

/// <summary>A cluster whose meetings find stand-in intentions (<see cref="StandInIntentionGrain"/>).</summary>
public sealed class IntentionClusterFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync() =>
        Cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", silos: 1,
            services => services.AddSingleton<IIntentionVotesLocator, StandInLocator>());

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
