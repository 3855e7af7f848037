namespace CommunityPlanning.Documents;

/// <summary>
/// Groups a section's edits into the entries of its history (docs/protocol.md, "History and adopted wordings"),
/// so that each entry's end is a wording worth going back to. A new entry starts after a pause of
/// <see cref="Pause"/>, once an entry spans <see cref="MaxSpan"/>, when someone else takes over (writes after the
/// entry's people have been quiet for <see cref="Handover"/>), and around a restore (an edit the server made),
/// which is always an entry of its own. People writing at the same moment share an entry: their edits interleave,
/// so no wording between them was ever one anybody meant.
/// </summary>
public static class HistoryGrouping
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxSpan = TimeSpan.FromMinutes(5);

    /// <summary>As long as a person counts as writing after an edit (the browser's "Píše:" line too).</summary>
    public static readonly TimeSpan Handover = TimeSpan.FromSeconds(5);

    /// <summary>The entries of consecutive edits given oldest first, oldest first.</summary>
    public static List<HistoryEntry> Group(IEnumerable<AcceptedEdit> edits)
    {
        var entries = new List<HistoryEntry>();
        var lastWasRestore = false;
        foreach (var edit in edits)
        {
            var restore = edit.ClientOpId.StartsWith(AcceptedEdit.ServerMadePrefix, StringComparison.Ordinal);
            if (entries.Count > 0 && entries[^1] is var last && !restore && !lastWasRestore && Continues(last, edit))
            {
                entries[^1] = last with
                {
                    ToRevision = edit.Revision,
                    EndedAt = edit.At,
                    AuthorIds = last.AuthorIds.Contains(edit.AuthorId) ? last.AuthorIds : [.. last.AuthorIds, edit.AuthorId],
                };
            }
            else
            {
                entries.Add(new HistoryEntry(edit.Revision, edit.Revision, [edit.AuthorId], edit.At, edit.At));
            }

            lastWasRestore = restore;
        }

        return entries;
    }

    private static bool Continues(HistoryEntry entry, AcceptedEdit edit)
    {
        var quiet = edit.At - entry.EndedAt;
        return quiet < Pause
            && edit.At - entry.StartedAt < MaxSpan
            && (entry.AuthorIds.Contains(edit.AuthorId) || quiet < Handover);
    }
}
