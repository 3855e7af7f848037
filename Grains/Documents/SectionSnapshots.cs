namespace CommunityPlanning.Documents;

/// <summary>
/// Where a section's text rests: a snapshot in the document's state, taken again every <see cref="SnapshotEvery"/>
/// revisions (each one also archived, for reading old versions), and the edit log after it. Loads the section editors
/// on activation, so activation replays at most <see cref="SnapshotEvery"/> edits per section.
/// </summary>
public sealed class SectionSnapshots(EditLog log, DocumentHistory history, Guid documentId)
{
    public const int SnapshotEvery = 1024;

    /// <summary>The section's editor at its latest revision; every edit replayed from the log is also given to <paramref name="replayed"/>.</summary>
    public async Task<SectionEditor> LoadAsync(SectionState section, Action<AcceptedEdit> replayed)
    {
        var editor = new SectionEditor(section.Id, section.SnapshotText, section.SnapshotRevision);
        var edits = await log.ReadAfterAsync(documentId, section.Id, Math.Max(0, section.SnapshotRevision - SectionEditor.WindowSize));
        editor.Preload([.. edits.Where(e => e.Revision <= section.SnapshotRevision)]);
        foreach (var edit in edits.Where(e => e.Revision > section.SnapshotRevision))
        {
            editor.Replay(edit);
            replayed(edit);
        }

        return editor;
    }

    /// <summary>
    /// Takes a new snapshot of each section whose log passed a snapshot boundary in this written batch; true when a
    /// section's state changed (the caller writes the state).
    /// </summary>
    public async Task<bool> TakeDueAsync(IEnumerable<SectionState> sections, IReadOnlyDictionary<Guid, SectionEditor> editors, IReadOnlyList<AcceptedEdit> batch)
    {
        var taken = false;
        foreach (var section in sections)
        {
            var editor = editors[section.Id];
            if (editor.Revision - section.SnapshotRevision >= SnapshotEvery && batch.Any(e => e.SectionId == section.Id))
            {
                // The snapshot must match what is written: only edits up to this batch's last one count.
                var last = batch.Last(e => e.SectionId == section.Id).Revision;
                if (last == editor.Revision)
                {
                    var text = editor.Text;
                    await history.ArchiveAsync(section.Id, last, text);
                    section.SnapshotText = text;
                    section.SnapshotRevision = last;
                    section.ArchivedSnapshots.Add(last);
                    taken = true;
                }
            }
        }

        return taken;
    }
}
