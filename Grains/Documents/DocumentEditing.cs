using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>
/// The text of a document's sections as it is edited: one <see cref="SectionEditor"/> per section, loaded from its
/// snapshot and the log (<see cref="SectionSnapshots"/>), and the <see cref="GroupCommit"/> that writes accepted
/// edits (and any snapshot that falls due) before anyone hears of them. Runs on the reentrant document grain's
/// activation; its state changes between awaits only.
/// </summary>
public sealed class DocumentEditing
{
    private readonly Dictionary<Guid, SectionEditor> _editors = [];
    private readonly SectionSnapshots _snapshots;
    private readonly Func<IEnumerable<SectionState>> _sections;
    private readonly Action<AcceptedEdit> _accepted;
    private readonly GroupCommit _commit;

    /// <param name="sections">The document's stored sections (their snapshots are taken here).</param>
    /// <param name="writeState">Writes the document's state (after a snapshot).</param>
    /// <param name="accepted">Hears of every edit the moment it is accepted or replayed (comments' anchors move).</param>
    /// <param name="written">Tells everyone of a written batch.</param>
    /// <param name="failed">A batch could not be written: memory is now ahead of storage.</param>
    public DocumentEditing(Guid documentId, EditLog log, SectionSnapshots snapshots, Func<IEnumerable<SectionState>> sections,
        Func<Task> writeState, Action<AcceptedEdit> accepted, Action<IReadOnlyList<AcceptedEdit>> written, Action failed)
    {
        (_snapshots, _sections, _accepted) = (snapshots, sections, accepted);
        _commit = new GroupCommit(
            // Off the activation: on SQLite the insert completes synchronously (Microsoft.Data.Sqlite has no
            // asynchronous I/O), which would hold the grain for the whole write, so no edit could arrive meanwhile
            // and every batch would hold one edit. Only the group commit appends to the log, one batch at a time.
            async batch =>
            {
                await Task.Run(() => log.AppendAsync(documentId, batch));
                if (await snapshots.TakeDueAsync(sections(), _editors, batch))
                {
                    await writeState();
                }
            },
            written,
            failed);
    }

    public SectionEditor this[Guid sectionId] => _editors[sectionId];

    /// <summary>A write failed: no further edit is taken until the document is loaded again from storage.</summary>
    public bool Broken => _commit.Broken;

    /// <summary>Loads each section's editor (on activation).</summary>
    public async Task LoadAsync()
    {
        foreach (var section in _sections())
        {
            _editors[section.Id] = await _snapshots.LoadAsync(section, _accepted);
        }
    }

    /// <summary>A new section's editor, at revision 0.</summary>
    public void Start(SectionState section) => _editors[section.Id] = new SectionEditor(section.Id, section.SnapshotText, 0);

    /// <summary>
    /// Accepts an edit of an existing, unlocked section and completes once it is written. A repeated id whose first
    /// submission is still being written waits for that write too.
    /// </summary>
    public async Task<EditAck> SequenceAsync(EditSubmission submission, DateTimeOffset now)
    {
        var (edit, revision) = _editors[submission.SectionId].Accept(submission, now);
        if (edit is not null)
        {
            _commit.Add(edit);
            _accepted(edit);
        }

        if (edit is not null || _commit.IsPending(submission.SectionId, submission.ClientOpId) || _commit.Writing)
        {
            await _commit.WrittenAsync();
        }

        return new EditAck(submission.SectionId, revision);
    }

    /// <summary>A section's edits after a revision, as far as they are written: nothing is shown that could yet be lost.</summary>
    public IReadOnlyList<AcceptedEdit> Written(Guid sectionId, long afterRevision)
    {
        var unwritten = _commit.Unwritten();
        return [.. _editors[sectionId].After(afterRevision).TakeWhile(e => !unwritten.Contains(e))];
    }

    /// <summary>Completes when everything accepted so far is written.</summary>
    public Task AllWrittenAsync() => _commit.HasUnwritten ? _commit.WrittenAsync() : Task.CompletedTask;

    /// <summary>The sections' text as it is now, each at its revision.</summary>
    public IReadOnlyList<SectionVersion> Versions() => [.. _sections().Select(s => new SectionVersion(s.Id, _editors[s.Id].Revision, _editors[s.Id].Text))];
}
