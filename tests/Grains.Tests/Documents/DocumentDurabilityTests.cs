using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Tests.Storage;

namespace CommunityPlanning.Tests.Documents;

/// <summary>An acknowledged edit survives the silo being killed right after the acknowledgement.</summary>
[Collection(StorageCollection.Name)]
public sealed class DocumentDurabilityTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_acknowledged_edit_is_found_after_the_silo_is_killed()
    {
        var serviceId = $"durability-{Guid.NewGuid():N}";
        DocumentWorld world;
        string expected;
        await using (var cluster = await AdoNetCluster.StartAsync(_database.Settings, serviceId))
        {
            world = await DocumentWorld.CreateAsync(cluster.Client, "Pečující osoby mají podporu.");
            var length = world.InitialText.Length;
            await world.Insert(0, length, length - 1, " i poradenství", "anna:1");
            var ack = await world.Insert(1, length + 14, 0, "Všechny ", "anna:2");
            Assert.Equal(2, ack.Revision);
            expected = "Všechny Pečující osoby mají podporu i poradenství.";

            // No graceful shutdown: the process dies with the acknowledgement just sent.
            await cluster.KillSiloAsync(cluster.Silos[0]);
        }

        await using (var cluster = await AdoNetCluster.StartAsync(_database.Settings, serviceId))
        {
            var reloaded = world with { Grain = cluster.Client.GetGrain<CommunityPlanning.Documents.IVisionDocumentGrain>(world.Grain.GetPrimaryKey()) };
            var section = await reloaded.Section();
            Assert.Equal(expected, section.Text);
            Assert.Equal(2, section.Revision);
        }
    }
}
