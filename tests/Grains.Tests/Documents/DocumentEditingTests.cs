using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Documents;

public sealed class DocumentEditingTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task Concurrent_edits_on_the_same_revision_are_transformed_and_both_kept()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Služby jsou dostupné.");
        var length = world.InitialText.Length;

        var first = await world.Insert(0, length, 0, "Všechny ", "anna:1");
        var second = await world.Insert(0, length, length, " Vždy.", "petr:1");

        Assert.Equal((1, 2), (first.Revision, second.Revision));
        var section = await world.Section();
        Assert.Equal("Všechny Služby jsou dostupné. Vždy.", section.Text);
        Assert.Equal(2, section.Revision);
        var edits = await world.Grain.GetEdits(world.SectionId, 0);
        Assert.Equal([1L, 2L], edits.Select(e => e.Revision));
        Assert.Equal("[29,\" Vždy.\"]", edits[1].Operation.ToJson()); // transformed past the first insert
    }

    [Fact]
    public async Task Resubmitting_a_client_operation_id_is_idempotent()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client);
        var length = world.InitialText.Length;

        var first = await world.Insert(0, length, 0, "A", "jana:7");
        var again = await world.Insert(0, length, 0, "A", "jana:7");

        Assert.Equal(first, again);
        Assert.Equal("A" + world.InitialText, (await world.Section()).Text);
    }

    [Fact]
    public async Task Bad_edits_are_refused_and_change_nothing()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Ahoj 👍");
        var length = world.InitialText.Length;
        var before = await world.Section();

        await AssertRefused(ErrorCodes.TextLengthMismatch, () => world.Insert(0, length + 3, 0, "x", "a:1"));
        await AssertRefused(ErrorCodes.TextSurrogateSplit, () => world.Insert(0, length, length - 1, "x", "a:2"));
        await AssertRefused(ErrorCodes.RevisionUnknown, () => world.Insert(5, length, 0, "x", "a:3"));
        await AssertRefused(ErrorCodes.TooLong, () => world.Insert(0, length, 0, "x", new string('i', 65)));
        await AssertRefused(ErrorCodes.Required, () => world.Insert(0, length, 0, "x", " "));
        await AssertRefused(ErrorCodes.TextTooLarge, () => world.Insert(0, length, 0, new string('x', TextLimits.MaxInsertedLength + 1), "a:4"));
        await AssertRefused(ErrorCodes.NotFound, () => world.Grain.Submit(new EditSubmission(Guid.NewGuid(), 0, TextOperation.Identity(0), "a:5", DocumentWorld.Author)));

        Assert.Equal(before, await world.Section());
        Assert.Empty(await world.Grain.GetEdits(world.SectionId, 0));
    }

    [Fact]
    public async Task A_locked_section_or_document_takes_no_edits_until_unlocked()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client);
        var length = world.InitialText.Length;

        await world.Grain.SetLock(world.SectionId, true);
        await AssertRefused(ErrorCodes.DocumentLocked, () => world.Insert(0, length, 0, "x", "a:1"));
        Assert.True((await world.Section()).Locked);

        await world.Grain.SetLock(world.SectionId, false);
        await world.Grain.SetLock(null, true);
        await AssertRefused(ErrorCodes.DocumentLocked, () => world.Insert(0, length, 0, "x", "a:2"));
        Assert.True((await world.Grain.Open()).Locked);

        await world.Grain.SetLock(null, false);
        Assert.Equal(1, (await world.Insert(0, length, 0, "x", "a:3")).Revision);
    }

    [Fact]
    public async Task Text_and_history_survive_deactivation_across_many_chunks_and_a_snapshot()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "");
        var edits = SectionSnapshots.SnapshotEvery + 300;
        var text = "";
        for (var i = 0; i < edits; i++)
        {
            var ch = "ěščřžýáíé"[i % 9].ToString();
            await world.Insert(i, text.Length, text.Length / 2, ch, $"c:{i}");
            text = text.Insert(text.Length / 2, ch);
        }

        await fixture.Cluster.DeactivateAsync((IAddressable)world.Grain);

        var section = await world.Section();
        Assert.Equal(text, section.Text);
        Assert.Equal(edits, section.Revision);
        // Edits from before the snapshot are still there for late clients.
        Assert.Equal(edits - 10, (await world.Grain.GetEdits(world.SectionId, 10)).Count);
        // The next edit continues the sequence, and an old client operation id is still recognized.
        Assert.Equal(edits + 1, (await world.Insert(edits, text.Length, 0, "!", "new:1")).Revision);
        Assert.Equal(edits, (await world.Insert(edits - 1, text.Length - 1, 0, "?", $"c:{edits - 1}")).Revision);
    }
}
