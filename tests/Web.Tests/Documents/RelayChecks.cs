using CommunityPlanning.Documents;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>A section's history as its editors received it: the text at every revision.</summary>
public sealed class SectionHistory(string initialText, IReadOnlyList<TextEditedMessage> edits)
{
    private (long Revision, string Text) _cursor = (0, initialText);

    public long Revision => edits.Count;

    public IReadOnlyList<TextEditedMessage> Edits => edits;

    /// <summary>The text at a revision; a walk forward costs one edit per step.</summary>
    public string TextAt(long revision)
    {
        Assert.InRange(revision, 0, Revision);
        if (revision < _cursor.Revision)
        {
            _cursor = (0, initialText);
        }

        var (at, text) = _cursor;
        while (at < revision)
        {
            text = edits[(int)at++].Operation.Apply(text);
        }

        _cursor = (at, text);
        return text;
    }
}

/// <summary>How a read-only client's copy of one section came about, from its <see cref="ViewerLog"/>.</summary>
/// <param name="Snapshots">The revisions of the <c>documentSnapshot</c>s it got (after the one it opened with).</param>
/// <param name="Straddles">Ranges that began inside a snapshot and went past it: the client fetches their edits by revision.</param>
/// <param name="Repeats">Ranges a snapshot already held, recognised by revision and skipped.</param>
/// <param name="MostInOneMessage">The most revisions of the section one message carried (more than 1: coalesced).</param>
public sealed record ViewerReplay(string Text, long Revision, IReadOnlyList<long> Snapshots, int Straddles, int Repeats, long MostInOneMessage);

/// <summary>What the relay must guarantee to each kind of client, checked against the editors' history.</summary>
public static class RelayChecks
{
    /// <summary>Each revision of the section exactly once, in increasing order, with no gap: 1 … <paramref name="revision"/>.</summary>
    public static void EveryRevisionOnceInOrder(TestEditor editor, long revision, string who)
    {
        var received = editor.ReceivedMessages.SelectMany(m => m).Select(e => e.Revision).ToList();
        var expected = Enumerable.Range(1, (int)revision).Select(r => (long)r).ToList();
        Assert.True(expected.SequenceEqual(received), $"{who} got revisions {Describe(received)}, not 1…{revision}");
    }

    /// <summary>
    /// Builds the viewer's copy of the section from what it was sent, as the browser does (applying each composed
    /// operation to its text), and checks every step against the history: ranges follow each other with no gap or
    /// overlap and each gives the history's text at its end; a snapshot holds the history's text at its revision and
    /// never goes back; right after a snapshot only ranges it holds (skipped) or one reaching past it may come.
    /// </summary>
    public static ViewerReplay Replay(ViewerLog log, Guid sectionId, SectionHistory history, string who)
    {
        var start = log.Opened.Sections.Single(s => s.SectionId == sectionId);
        Assert.Equal(history.TextAt(start.Revision), start.Text);
        var (text, revision) = (start.Text, start.Revision);
        long? justSnapshot = null; // the revision of a snapshot nothing was applied after yet
        var snapshots = new List<long>();
        var (straddles, repeats, most) = (0, 0, 0L);
        foreach (var arrival in log.Arrivals)
        {
            if (arrival.Snapshot is { } snapshot)
            {
                var section = snapshot.Sections.Single(s => s.SectionId == sectionId);
                Assert.True(section.Revision >= revision, $"{who}: a snapshot at {section.Revision} after {revision}");
                Assert.True(history.TextAt(section.Revision) == section.Text, $"{who}: the snapshot's text is not the text at its revision {section.Revision}");
                (text, revision, justSnapshot) = (section.Text, section.Revision, section.Revision);
                snapshots.Add(section.Revision);
                continue;
            }

            var changes = arrival.Changes!.Changes.Where(c => c.SectionId == sectionId).ToList();
            most = Math.Max(most, changes.Sum(c => c.ToRevision - c.FromRevision + 1));
            foreach (var change in changes)
            {
                Assert.True(change.FromRevision <= change.ToRevision, $"{who}: range {change.FromRevision}…{change.ToRevision}");
                if (change.FromRevision == revision + 1)
                {
                    text = change.Operation.Apply(text);
                }
                else if (justSnapshot is { } held && change.ToRevision <= held)
                {
                    repeats++;
                    continue;
                }
                else if (justSnapshot is { } inside && change.FromRevision <= inside)
                {
                    // Its operation starts before the snapshot's text; the browser asks for the single edits (GetEdits).
                    text = history.Edits.Where((_, i) => i >= revision && i < change.ToRevision).Aggregate(text, (t, e) => e.Operation.Apply(t));
                    straddles++;
                }
                else
                {
                    Assert.Fail($"{who}: range {change.FromRevision}…{change.ToRevision} after revision {revision}");
                }

                revision = change.ToRevision;
                justSnapshot = null;
                Assert.True(change.ToRevision <= history.Revision, $"{who}: revision {change.ToRevision} the editors never got");
                Assert.True(history.TextAt(revision) == text, $"{who}: the text after range {change.FromRevision}…{change.ToRevision} is not the text at {revision}");
            }
        }

        return new ViewerReplay(text, revision, snapshots, straddles, repeats, most);
    }

    private static string Describe(List<long> revisions) =>
        revisions.Count <= 20 ? string.Join(",", revisions) : $"{string.Join(",", revisions.Take(10))} … {string.Join(",", revisions.TakeLast(10))} ({revisions.Count})";
}
