using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Documents;

public sealed class DocumentHistoryTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DocumentAuthor Petra = new(Guid.NewGuid(), "Petra Hybnerová");

    private static async Task<List<string>> TypeAsync(DocumentWorld world, int count)
    {
        var versions = new List<string> { world.InitialText };
        for (var i = 0; i < count; i++)
        {
            var text = versions[^1];
            await world.Insert(i, text.Length, text.Length, $"{i % 10}", $"h:{i}");
            versions.Add(text + (i % 10));
        }

        return versions;
    }

    [Fact]
    public async Task Any_earlier_version_can_be_read_also_across_archived_snapshots()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Vize: ");
        var versions = await TypeAsync(world, SectionSnapshots.SnapshotEvery + 50);
        await fixture.Cluster.DeactivateAsync((IAddressable)world.Grain);

        foreach (var revision in new long[] { 0, 1, 500, SectionSnapshots.SnapshotEvery, SectionSnapshots.SnapshotEvery + 7, versions.Count - 1 })
        {
            Assert.Equal(versions[(int)revision], (await world.Grain.GetVersion(world.SectionId, revision)).Text);
        }

        await AssertRefused(ErrorCodes.RevisionUnknown, () => world.Grain.GetVersion(world.SectionId, versions.Count));
    }

    [Fact]
    public async Task Restoring_an_old_version_is_a_new_edit_on_top()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Pečující mají podporu 👍.");
        var versions = await TypeAsync(world, 5);

        var ack = await world.Grain.RestoreVersion(world.SectionId, 2, Petra);

        var section = await world.Section();
        Assert.Equal((versions[2], 6L), (section.Text, ack.Revision));
        Assert.Equal(Petra.ParticipantId, (await world.Grain.GetEdits(world.SectionId, 5)).Single().AuthorId);
    }

    [Fact]
    public async Task History_lists_revisions_newest_first_with_their_authors_down_to_the_original_wording()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client);
        await TypeAsync(world, 12);

        var history = await world.Grain.GetHistory(world.SectionId, long.MaxValue, 10);

        Assert.Equal(2, history.Count); // typed without a pause: one entry, then the original wording
        Assert.Equal((1L, 12L, DocumentWorld.Author), (history[0].FromRevision, history[0].ToRevision, history[0].AuthorIds.Single()));
        Assert.Equal((0L, 0L, 0), (history[1].FromRevision, history[1].ToRevision, history[1].AuthorIds.Count));
        Assert.Equal(0L, Assert.Single(await world.Grain.GetHistory(world.SectionId, 1, 10)).ToRevision);
        Assert.Empty(await world.Grain.GetHistory(world.SectionId, 0, 10));
    }

    [Fact]
    public async Task History_breaks_at_a_pause_at_another_author_and_after_five_minutes_of_writing()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "");
        var text = "";
        var revision = 0L;
        async Task Type(Guid author, string typed)
        {
            await world.Grain.Submit(new EditSubmission(world.SectionId, revision, TextOperation.Splice(text.Length, text.Length, 0, typed), $"b:{revision}", author));
            text += typed;
            revision++;
        }

        await Type(DocumentWorld.Author, "a");             // 1
        await Type(DocumentWorld.Author, "b");             // 2
        fixture.Clock.Advance(HistoryGrouping.Pause + TimeSpan.FromSeconds(1));
        await Type(DocumentWorld.Author, "c");             // 3: after a pause
        fixture.Clock.Advance(HistoryGrouping.Handover);
        await Type(Petra.ParticipantId, "d");              // 4: someone else takes over
        fixture.Clock.Advance(HistoryGrouping.Handover);
        for (var i = 0; i < 20; i++)                       // 5–24: one edit every 20 s, without a pause
        {
            fixture.Clock.Advance(TimeSpan.FromSeconds(20));
            await Type(DocumentWorld.Author, "e");
        }

        var history = await world.Grain.GetHistory(world.SectionId, long.MaxValue, 50);

        // 5 + 14 edits span 4 min 40 s; the next would pass five minutes and starts an entry.
        Assert.Equal(
            [(20L, 24L), (5L, 19L), (4L, 4L), (3L, 3L), (1L, 2L), (0L, 0L)],
            history.Select(e => (e.FromRevision, e.ToRevision)));
        Assert.Equal(Petra.ParticipantId, history[2].AuthorIds.Single());
        Assert.All(history.Take(5), e => Assert.True(e.EndedAt - e.StartedAt < HistoryGrouping.MaxSpan));
        Assert.Equal([(20L, 24L), (5L, 19L)], (await world.Grain.GetHistory(world.SectionId, long.MaxValue, 2)).Take(2).Select(e => (e.FromRevision, e.ToRevision)));
    }

    [Fact]
    public async Task People_writing_at_the_same_moment_share_an_entry()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "");
        var text = "";
        for (var i = 0; i < 6; i++)
        {
            var author = i % 2 == 0 ? DocumentWorld.Author : Petra.ParticipantId;
            await world.Grain.Submit(new EditSubmission(world.SectionId, i, TextOperation.Splice(text.Length, text.Length, 0, "x"), $"s:{i}", author));
            text += "x";
        }

        var history = await world.Grain.GetHistory(world.SectionId, long.MaxValue, 10);

        Assert.Equal([(1L, 6L), (0L, 0L)], history.Select(e => (e.FromRevision, e.ToRevision)));
        Assert.Equal([DocumentWorld.Author, Petra.ParticipantId], history[0].AuthorIds);
    }

    [Fact]
    public async Task The_original_wording_can_be_restored_and_the_restore_is_an_entry_of_its_own()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Původní znění.");
        await TypeAsync(world, 3);

        var ack = await world.Grain.RestoreVersion(world.SectionId, 0, new DocumentAuthor(DocumentWorld.Author, "Autor"));

        Assert.Equal(("Původní znění.", 4L), ((await world.Section()).Text, ack.Revision));
        var history = await world.Grain.GetHistory(world.SectionId, long.MaxValue, 10);
        Assert.Equal([(4L, 4L), (1L, 3L), (0L, 0L)], history.Select(e => (e.FromRevision, e.ToRevision)));
    }

    [Fact]
    public async Task An_adopted_wording_is_frozen_while_the_draft_goes_on()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Znění");
        await world.Insert(0, 5, 5, " A", "a:1");

        var adopted = await world.Grain.AdoptWording(Petra);
        await world.Insert(1, 7, 7, " B", "a:2");

        Assert.Equal((1, "Petra Hybnerová"), (adopted.Number, adopted.AdoptedByName));
        var frozen = (await world.Grain.GetAdoptedWordings()).Single().Sections.Single(s => s.SectionId == world.SectionId);
        Assert.Equal(("Znění A", 1L), (frozen.Text, frozen.Revision));
        Assert.Equal("Znění A B", (await world.Section()).Text);
    }

    [Fact]
    public async Task A_comment_range_moves_with_edits_and_survives_reactivation()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Služby jsou dostupné.");
        var comment = await world.Grain.AddComment(Petra, new CommentDraft(world.SectionId, 7, 12, 0, "Jaké služby?"));
        Assert.Equal("jsou ", comment.Quote);

        await world.Insert(0, 21, 0, "Sociální ", "c:1");        // before the range: it moves
        await world.Insert(1, 30, 21, "vždy ", "c:2");          // at the range's end: stays outside
        await fixture.Cluster.DeactivateAsync((IAddressable)world.Grain);

        var moved = (await world.Grain.GetComments()).Single();
        var text = (await world.Section()).Text;
        Assert.Equal("Sociální Služby jsou vždy dostupné.", text);
        Assert.Equal("jsou ", text[moved.From..moved.To]);
    }

    [Fact]
    public async Task Comments_take_replies_and_statuses_and_refuse_bad_input()
    {
        var world = await DocumentWorld.CreateAsync(fixture.Client, "Text");
        var comment = await world.Grain.AddComment(Petra, new CommentDraft(world.SectionId, 0, 4, 0, "Připomínka"));

        await world.Grain.ReplyToComment(Petra, comment.Id, "Odpověď");
        var incorporated = await world.Grain.SetCommentStatus(DocumentWorld.Entry(MeetingRole.Facilitator), comment.Id, CommentStatus.Incorporated);
        Assert.Equal((CommentStatus.Incorporated, "Odpověď"), (incorporated.Status, incorporated.Replies.Single().Text));

        await AssertRefused(ErrorCodes.Required, () => world.Grain.AddComment(Petra, new CommentDraft(world.SectionId, 0, 1, 0, "  ")));
        await AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.AddComment(Petra, new CommentDraft(world.SectionId, 2, 9, 0, "x")));
        await AssertRefused(ErrorCodes.NotFound, () => world.Grain.ReplyToComment(Petra, Guid.NewGuid(), "x"));
        await AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.SetCommentStatus(DocumentWorld.Entry(MeetingRole.Facilitator), comment.Id, (CommentStatus)9));
        Assert.Single(await world.Grain.GetComments());
    }
}
