using CommunityPlanning.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>A one-silo test cluster on SQLite whose storage writes are counted (<see cref="CountingSerializer"/>).</summary>
public sealed class CountingClusterFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public CountingSerializer Writes { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", silos: 1,
            services => services.AddSingleton<IGrainStorageSerializer>(s =>
                Writes = new CountingSerializer(new OrleansGrainStorageSerializer(s.GetRequiredService<Orleans.Serialization.Serializer>()))));

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
