namespace CommunityPlanning.Documents;

/// <summary>
/// Groups a section's edits into the entries of its history (docs/protocol.md, "History and adopted wordings"):
/// an entry is one person's continuous writing, so each entry's end is a wording worth going back to. A new entry
/// starts when the author changes, after a pause of <see cref="Pause"/>, once an entry spans <see cref="MaxSpan"/>,
/// and around a restore (an edit the server made), which is always an entry of its own.
/// </summary>
public static class HistoryGrouping
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxSpan = TimeSpan.FromMinutes(5);

    /// <summary>The entries of consecutive edits given oldest first, oldest first.</summary>
    public static List<HistoryEntry> Group(IEnumerable<AcceptedEdit> edits)
    {
        var entries = new List<HistoryEntry>();
        var lastWasRestore = false;
        foreach (var edit in edits)
        {
            var restore = edit.ClientOpId.StartsWith(AcceptedEdit.ServerMadePrefix, StringComparison.Ordinal);
            if (entries.Count > 0 && entries[^1] is var last && !restore && !lastWasRestore
                && last.AuthorIds[0] == edit.AuthorId && edit.At - last.EndedAt < Pause && edit.At - last.StartedAt < MaxSpan)
            {
                entries[^1] = last with { ToRevision = edit.Revision, EndedAt = edit.At };
            }
            else
            {
                entries.Add(new HistoryEntry(edit.Revision, edit.Revision, [edit.AuthorId], edit.At, edit.At));
            }

            lastWasRestore = restore;
        }

        return entries;
    }
}
