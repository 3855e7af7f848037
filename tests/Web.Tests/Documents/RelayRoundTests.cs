using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>What viewers are sent for one relay round: consecutive edits composed, within what clients accept.</summary>
public sealed class RelayRoundTests
{
    private static readonly Guid DocumentId = Guid.NewGuid();
    private static readonly Guid SectionId = Guid.NewGuid();

    [Fact]
    public void Consecutive_keystrokes_reach_viewers_as_one_composed_change()
    {
        var (edits, text) = Edits("", ["a", "h", "o", "j"]);

        var change = Assert.Single(Changes(edits));

        Assert.Equal((1L, 4L), (change.FromRevision, change.ToRevision));
        Assert.Equal(text, change.Operation.Apply(""));
    }

    [Fact]
    public void Edits_that_together_pass_the_insert_limit_go_as_consecutive_changes_each_within_the_limits()
    {
        // Two people paste 8,000 characters each within one round: one composed operation would carry 16,000.
        var block = new string('x', 8_000);
        var (edits, text) = Edits("", [block, block, "!"]);

        var changes = Changes(edits);

        Assert.Equal([(1L, 1L), (2L, 3L)], changes.Select(c => (c.FromRevision, c.ToRevision)));
        Assert.All(changes, c => Assert.True(c.Operation.IsWithinLimits, $"{c.Operation.InsertedLength} inserted"));
        Assert.Equal(text, changes.Aggregate("", (current, c) => c.Operation.Apply(current)));
    }

    [Fact]
    public void Viewers_learn_where_each_author_stands_at_the_end_of_a_composed_change()
    {
        var (jana, petr) = (Guid.NewGuid(), Guid.NewGuid());
        // Jana types "ab" at the end of "Vize", then Petr types "Naše " in front of everything.
        var edits = new List<AcceptedEdit>
        {
            new(SectionId, 1, TextOperation.Splice(4, 4, 0, "a"), jana, "j1", DateTimeOffset.UnixEpoch),
            new(SectionId, 2, TextOperation.Splice(5, 5, 0, "b"), jana, "j2", DateTimeOffset.UnixEpoch),
            new(SectionId, 3, TextOperation.Splice(6, 0, 0, "Naše "), petr, "p1", DateTimeOffset.UnixEpoch),
        };

        var change = Assert.Single(Changes(edits));

        Assert.Equal("Naše Vizeab", change.Operation.Apply("Vize"));
        Assert.Equal([new AuthorCaret(jana, 11), new AuthorCaret(petr, 5)], change.Carets); // Jana's moved by Petr's insert
    }

    [Fact]
    public void An_edit_the_server_made_restoring_a_version_moves_no_caret()
    {
        var restore = new AcceptedEdit(SectionId, 1, TextOperation.Splice(4, 0, 4, "Vize"), Guid.NewGuid(), $"{AcceptedEdit.ServerMadePrefix}1", DateTimeOffset.UnixEpoch);

        Assert.Empty(Assert.Single(Changes([restore])).Carets);
    }

    private static List<TextChangeMessage> Changes(IReadOnlyList<AcceptedEdit> edits)
    {
        var (method, payload) = Assert.Single(RelayRound.Messages([.. edits.Select(e => new TextEdited(DocumentId, e))], viewer: true));
        Assert.Equal(ClientEvents.TextChanges, method);
        return [.. Assert.IsType<TextChangesMessage>(payload).Changes];
    }

    /// <summary>Each insert appended at the end of the section, as the grain would have accepted them.</summary>
    private static (List<AcceptedEdit> Edits, string Text) Edits(string text, IEnumerable<string> inserts)
    {
        var edits = new List<AcceptedEdit>();
        foreach (var insert in inserts)
        {
            var operation = TextOperation.Splice(text.Length, text.Length, 0, insert);
            text = operation.Apply(text);
            edits.Add(new AcceptedEdit(SectionId, edits.Count + 1, operation, Guid.NewGuid(), $"op{edits.Count}", DateTimeOffset.UnixEpoch));
        }

        return (edits, text);
    }
}
