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
