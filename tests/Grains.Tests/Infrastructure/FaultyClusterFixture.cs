using CommunityPlanning.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// A one-silo test cluster on SQLite whose storage fails on demand (<see cref="FaultySerializer"/>) and whose meeting
/// grains can be kept busy (<see cref="MeetingHold"/>). Tests of a class using it run one after another.
/// </summary>
public sealed class FaultyClusterFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public FaultySerializer Storage { get; private set; } = null!;

    public MeetingHold Hold { get; } = new();

    public async Task InitializeAsync() =>
        Cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", silos: 1, services =>
        {
            services.AddSingleton<IGrainStorageSerializer>(s =>
                Storage = new FaultySerializer(new OrleansGrainStorageSerializer(s.GetRequiredService<Orleans.Serialization.Serializer>())));
            services.AddSingleton<IIncomingGrainCallFilter>(Hold);
        });

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
