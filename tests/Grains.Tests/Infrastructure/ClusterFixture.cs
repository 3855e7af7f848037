using CommunityPlanning.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// An in-process test cluster of two silos, shared by a test class, storing everything as the application does:
/// grain state and edit logs in a SQLite file of its own.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>The silos' clock; tests of one class run one after another, so one may move it.</summary>
    public TestClock Clock { get; } = new();

    public async Task InitializeAsync() =>
        Cluster = await AdoNetCluster.StartAsync(_database.Settings, $"tests-{Guid.NewGuid():N}", silos: 2,
            services => services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
