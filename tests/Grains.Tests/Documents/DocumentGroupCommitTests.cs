using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Tests.Storage;

namespace CommunityPlanning.Tests.Documents;

/// <summary>The document grain on the real AdoNet provider (SQLite), where storage calls complete synchronously.</summary>
[Collection(StorageCollection.Name)]
public sealed class DocumentGroupCommitTests
{
    [Fact]
    public async Task Concurrent_edits_on_sqlite_are_committed_in_groups_and_survive_deactivation()
    {
        await using var database = new SqliteTestDatabase();
        var serviceId = $"group-commit-{Guid.NewGuid():N}";
        var cluster = await AdoNetCluster.StartAsync(database.Settings, serviceId);
        try
        {
            var world = await DocumentWorld.CreateAsync(cluster.Client, "");
            const int clients = 20;
            const int editsPerClient = 30;

            // Every client keeps one edit in flight; all are based on revision 0, so the grain transforms each
            // past everything accepted before it.
            var acks = await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                var revisions = new List<long>();
                for (var i = 0; i < editsPerClient; i++)
                {
                    var ack = await world.Grain.Submit(new EditSubmission(
                        world.SectionId, 0, TextOperation.Splice(0, 0, 0, ((char)('a' + c)).ToString()), $"{c}:{i}", DocumentWorld.Author));
                    revisions.Add(ack.Revision);
                }

                return revisions;
            }));

            const int total = clients * editsPerClient;
            Assert.Equal(Enumerable.Range(1, total).Select(r => (long)r), acks.SelectMany(a => a).Order());
            var before = await world.Section();
            Assert.Equal(total, before.Text.Length);

            // Fewer log writes than edits: edits that arrived during a write were committed together.
            var logWrites = Convert.ToInt64(await database.ScalarAsync(
                $"SELECT COUNT(*) FROM DocumentEdits WHERE ServiceId = '{serviceId}'"));
            Assert.InRange(logWrites, 1, total - 1);

            await cluster.DeactivateAsync((IAddressable)world.Grain);
            var after = await world.Section();
            Assert.Equal(before.Text, after.Text);
            Assert.Equal(total, after.Revision);
            Assert.Equal(total, (await world.Grain.GetEdits(world.SectionId, 0)).Count);
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }
}
