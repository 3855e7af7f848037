using System.Data.Common;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Tests.Documents;
using CommunityPlanning.Hosting;
using CommunityPlanning.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Orleans.TestingHost;

using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Storage;

/// <summary>
/// What the AdoNet grain storage must do on every database we support; each provider runs these against a real
/// database of its own (see <see cref="SqliteGrainStorageTests"/>, <see cref="PostgreSqlGrainStorageTests"/>).
/// </summary>
[Collection(StorageCollection.Name)]
public abstract class GrainStorageContract : IAsyncLifetime
{
    private const string StateType = "storage-contract";

    protected ITestDatabase Database { get; private set; } = null!;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>How many query keys the provider's script stores.</summary>
    protected abstract int ExpectedQueryCount { get; }

    public async Task InitializeAsync() => Database = await CreateDatabaseAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();

    [Fact]
    public async Task A_working_group_survives_a_deactivation_and_a_restart_of_the_whole_cluster()
    {
        var serviceId = $"storage-{Guid.NewGuid():N}";
        var organizer = Actor.Organizer(Guid.NewGuid(), isAdministrator: false, "Anna Nováková");
        var groupId = Guid.NewGuid();

        await using (var cluster = await StartClusterAsync(serviceId))
        {
            var group = cluster.Client.GetGrain<IWorkingGroupGrain>(groupId);
            await group.Create(organizer, new WorkingGroupDraft("Senioři Kroměříž", TargetGroup.Seniors, "Pracovní skupina"));
            await group.AddMember(organizer, new GroupMember("Petr Svoboda", "Charita"));

            await cluster.DeactivateAsync((IAddressable)group);
            var reread = await group.Get();
            Assert.Equal(["Petr Svoboda"], reread.Members.Select(m => m.Name));
        }

        await using (var cluster = await StartClusterAsync(serviceId))
        {
            var details = await cluster.Client.GetGrain<IWorkingGroupGrain>(groupId).Get();
            Assert.Equal("Senioři Kroměříž", details.Name);
            Assert.Equal(TargetGroup.Seniors, details.TargetGroup);
            Assert.Equal("Pracovní skupina", details.Description);
            Assert.Equal([new GroupManager(organizer.AccountId!.Value, "Anna Nováková")], details.Managers);
            var member = Assert.Single(details.Members);
            Assert.Equal(("Petr Svoboda", "Charita"), (member.Name, member.Organization));
            Assert.NotNull(member.Id);

            // The directory grain (an integer key) was written by the same Create call.
            var directory = await cluster.Client.GetGrain<IWorkingGroupDirectoryGrain>(0).List(organizer);
            Assert.Contains(directory, g => g.Id == groupId);
        }
    }

    [Fact]
    public async Task Applying_the_schema_twice_changes_nothing_and_keeps_the_data()
    {
        await DatabaseSchema.EnsureAsync(Database.Settings);
        Assert.Equal(ExpectedQueryCount, Convert.ToInt32(await Database.ScalarAsync("SELECT count(*) FROM OrleansQuery")));

        var serviceId = $"storage-{Guid.NewGuid():N}";
        await using var cluster = await StartClusterAsync(serviceId);
        var storage = StorageOf(cluster);
        var grainId = GrainId.Create("test", Guid.NewGuid().ToString());
        var state = new GrainState<WorkingGroupState>(new WorkingGroupState { Name = "kept" });
        await storage.WriteStateAsync(StateType, grainId, state);

        await DatabaseSchema.EnsureAsync(Database.Settings);
        await DatabaseSchema.EnsureAsync(Database.Settings);

        Assert.Equal(ExpectedQueryCount, Convert.ToInt32(await Database.ScalarAsync("SELECT count(*) FROM OrleansQuery")));
        var reread = new GrainState<WorkingGroupState>();
        await storage.ReadStateAsync(StateType, grainId, reread);
        Assert.True(reread.RecordExists);
        Assert.Equal("kept", reread.State!.Name);
        Assert.Equal(state.ETag, reread.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected_and_changes_nothing()
    {
        await using var cluster = await StartClusterAsync($"storage-{Guid.NewGuid():N}");
        var storage = StorageOf(cluster);

        foreach (var grainId in new[]
        {
            GrainId.Create("test", "string-key"),
            GrainId.Create(GrainType.Create("test"), GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
            GrainId.Create(GrainType.Create("test"), GrainIdKeyExtensions.CreateIntegerKey(42, "with-extension")),
        })
        {
            var first = new GrainState<WorkingGroupState>(new WorkingGroupState { Name = "v1" });
            await storage.WriteStateAsync(StateType, grainId, first);
            Assert.Equal("1", first.ETag);

            // A second activation that read version 1 ...
            var second = new GrainState<WorkingGroupState>();
            await storage.ReadStateAsync(StateType, grainId, second);
            Assert.Equal("1", second.ETag);

            // ... loses to the first one writing version 2.
            first.State!.Name = "v2";
            await storage.WriteStateAsync(StateType, grainId, first);
            Assert.Equal("2", first.ETag);

            second.State!.Name = "stale";
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateType, grainId, second));
            Assert.Equal("1", second.ETag);

            // A writer that believes the record does not exist yet loses as well.
            var fresh = new GrainState<WorkingGroupState>(new WorkingGroupState { Name = "fresh" });
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateType, grainId, fresh));

            // So does a stale clear.
            await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateType, grainId, second));

            var stored = new GrainState<WorkingGroupState>();
            await storage.ReadStateAsync(StateType, grainId, stored);
            Assert.Equal("v2", stored.State!.Name);
            Assert.Equal("2", stored.ETag);
        }
    }

    [Fact]
    public async Task Clearing_keeps_the_version_counting_so_older_etags_stay_stale()
    {
        await using var cluster = await StartClusterAsync($"storage-{Guid.NewGuid():N}");
        var storage = StorageOf(cluster);
        var grainId = GrainId.Create("test", Guid.NewGuid().ToString());

        var state = new GrainState<WorkingGroupState>(new WorkingGroupState { Name = "v1" });
        await storage.WriteStateAsync(StateType, grainId, state);
        await storage.ClearStateAsync(StateType, grainId, state);
        Assert.False(state.RecordExists);
        Assert.Equal("2", state.ETag);

        var read = new GrainState<WorkingGroupState>();
        await storage.ReadStateAsync(StateType, grainId, read);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        Assert.Equal("", read.State!.Name);

        var stale = new GrainState<WorkingGroupState>(new WorkingGroupState { Name = "stale" }) { ETag = "1" };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateType, grainId, stale));

        read.State!.Name = "again";
        await storage.WriteStateAsync(StateType, grainId, read);
        Assert.Equal("3", read.ETag);
    }

    [Fact]
    public async Task A_documents_edits_survive_a_restart_of_the_whole_cluster_and_are_read_by_revision_range()
    {
        var serviceId = $"storage-{Guid.NewGuid():N}";
        DocumentWorld world;
        await using (var cluster = await StartClusterAsync(serviceId))
        {
            world = await DocumentWorld.CreateAsync(cluster.Client, "");
            for (var i = 0; i < 12; i++)
            {
                await world.Insert(i, i, i, ((char)('a' + i)).ToString(), $"op{i}");
            }
        }

        await using (var cluster = await StartClusterAsync(serviceId))
        {
            var grain = cluster.Client.GetGrain<IVisionDocumentGrain>(world.Grain.GetPrimaryKey());
            var section = (await grain.Open()).Sections.Single(s => s.SectionId == world.SectionId);
            Assert.Equal(("abcdefghijkl", 12L), (section.Text, section.Revision));
            Assert.Equal(Enumerable.Range(5, 8).Select(r => (long)r), (await grain.GetEdits(world.SectionId, 4)).Select(e => e.Revision));

            var log = LogOf(cluster);
            var range = await log.ReadRangeAsync(grain.GetPrimaryKey(), world.SectionId, 3, 7);
            Assert.Equal([4L, 5, 6, 7], range.Select(e => e.Revision));
            Assert.Equal(["op3", "op4", "op5", "op6"], range.Select(e => e.ClientOpId));
        }
    }

    [Fact]
    public async Task A_revision_appended_twice_is_refused_and_the_log_keeps_the_first()
    {
        await using var cluster = await StartClusterAsync($"storage-{Guid.NewGuid():N}");
        var log = LogOf(cluster);
        var (documentId, sectionId) = (Guid.NewGuid(), Guid.NewGuid());
        AcceptedEdit Edit(long revision, string text) =>
            new(sectionId, revision, TextOperation.Splice((int)revision - 1, (int)revision - 1, 0, text), DocumentWorld.Author, text, DateTimeOffset.UnixEpoch);

        await log.AppendAsync(documentId, [Edit(1, "a"), Edit(2, "b")]);
        // A second activation of the document that also accepted revision 2 must not extend the log.
        await Assert.ThrowsAnyAsync<DbException>(() => log.AppendAsync(documentId, [Edit(2, "x")]));
        await log.AppendAsync(documentId, [Edit(2, "x")], ignoreStored: true);

        Assert.Equal(["a", "b"], (await log.ReadAfterAsync(documentId, sectionId, 0)).Select(e => e.ClientOpId));
        Assert.Empty(await log.ReadAfterAsync(Guid.NewGuid(), sectionId, 0));
    }

    [Fact]
    public async Task A_log_kept_in_grain_storage_records_is_moved_to_the_edit_table_on_first_activation()
    {
        await using var cluster = await StartClusterAsync($"storage-{Guid.NewGuid():N}");
        var world = await DocumentWorld.CreateAsync(cluster.Client, "");
        var grainId = ((IAddressable)world.Grain).GetGrainId();
        await cluster.DeactivateAsync((IAddressable)world.Grain);

        // The layout before the edit table: chunks of 256 edits per section, and a state without a log version.
        var storage = StorageOf(cluster);
        const int edits = 300;
        var all = Enumerable.Range(1, edits).Select(r => new AcceptedEdit(
            world.SectionId, r, TextOperation.Splice(r - 1, r - 1, 0, "x"), DocumentWorld.Author, $"old{r}", DateTimeOffset.UnixEpoch)).ToList();
        foreach (var (chunk, range) in new[] { (0, all[..256]), (1, all[256..]) })
        {
            await storage.WriteStateAsync($"vision-log-{world.SectionId:N}-{chunk}", grainId,
                new GrainState<EditLogChunk>(new EditLogChunk { Edits = range }));
        }

        var state = new GrainState<VisionDocumentState>();
        await storage.ReadStateAsync("vision", grainId, state);
        state.State!.EditLogVersion = 0;
        await storage.WriteStateAsync("vision", grainId, state);

        var section = await world.Section();
        Assert.Equal((new string('x', edits), (long)edits), (section.Text, section.Revision));
        Assert.Equal(all.Select(e => e.ClientOpId), (await LogOf(cluster).ReadAfterAsync(world.Grain.GetPrimaryKey(), world.SectionId, 0)).Select(e => e.ClientOpId));
        Assert.Equal(edits, (await world.Grain.GetEdits(world.SectionId, 0)).Count);
        var moved = new GrainState<VisionDocumentState>();
        await storage.ReadStateAsync("vision", grainId, moved);
        Assert.Equal(VisionDocumentState.CurrentEditLogVersion, moved.State!.EditLogVersion);
        var oldChunk = new GrainState<EditLogChunk>();
        await storage.ReadStateAsync($"vision-log-{world.SectionId:N}-0", grainId, oldChunk);
        Assert.False(oldChunk.RecordExists);

        // Typing goes on after the moved history.
        await world.Insert(edits, edits, 0, "y", "new1");
        await cluster.DeactivateAsync((IAddressable)world.Grain);
        Assert.Equal("y" + new string('x', edits), (await world.Section()).Text);
    }

    protected Task<InProcessTestCluster> StartClusterAsync(string serviceId) => AdoNetCluster.StartAsync(Database.Settings, serviceId);

    private static IGrainStorage StorageOf(InProcessTestCluster cluster) =>
        cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);

    private static EditLog LogOf(InProcessTestCluster cluster) => cluster.Silos[0].ServiceProvider.GetRequiredService<EditLog>();
}

/// <summary>The storage tests start clusters and databases: run them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class StorageCollection
{
    public const string Name = "storage";
}

public sealed class SqliteGrainStorageTests : GrainStorageContract
{
    protected override int ExpectedQueryCount => 4;

    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    [Fact]
    public async Task The_database_file_runs_in_wal_mode()
    {
        await DatabaseSchema.EnsureAsync(Database.Settings);
        Assert.Equal("wal", await Database.ScalarAsync("PRAGMA journal_mode"));
    }
}

public sealed class PostgreSqlGrainStorageTests : GrainStorageContract
{
    protected override int ExpectedQueryCount => 14;

    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    [Fact]
    public async Task Silos_applying_the_schema_at_the_same_moment_do_not_collide()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => DatabaseSchema.EnsureAsync(Database.Settings))));
        Assert.Equal(14L, await Database.ScalarAsync("SELECT count(*) FROM OrleansQuery"));
    }
}
