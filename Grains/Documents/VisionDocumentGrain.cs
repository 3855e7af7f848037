using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Storage;

namespace CommunityPlanning.Documents;

/// <summary>
/// Reentrant so that edits arriving while a batch is being written join the next batch (group commit):
/// every edit is applied in memory at once, in arrival order, but acknowledged and broadcast only after
/// the write that holds it. State changes happen between awaits only, so interleaving is safe.
/// </summary>
[Reentrant]
public sealed partial class VisionDocumentGrain(
    [PersistentState("vision", GrainStorage.Name)] IPersistentState<VisionDocumentState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    EditLog log,
    TimeProvider time) : Grain, IVisionDocumentGrain
{
    /// <summary>A section's snapshot is rewritten every this many revisions, so activation replays at most that many.</summary>
    public const int SnapshotEvery = 1024;

    private readonly Dictionary<Guid, SectionEditor> _sections = [];
    private readonly EventFeeds<IDocumentObserver, DocumentEvent> _observers = new((observer, events) => observer.OnEvents(events));
    private readonly SemaphoreSlim _stateWrite = new(1, 1);
    private List<AcceptedEdit> _pending = [];
    private List<AcceptedEdit> _inFlight = [];
    private TaskCompletionSource? _nextBatchWritten;
    private bool _writing;
    private bool _broken;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists && state.State.EditLogVersion < VisionDocumentState.CurrentEditLogVersion)
        {
            await MoveLegacyLogAsync();
        }

        foreach (var section in state.State.Sections)
        {
            var editor = new SectionEditor(section.Id, section.SnapshotText, section.SnapshotRevision);
            var edits = await log.ReadAfterAsync(this.GetPrimaryKey(), section.Id, Math.Max(0, section.SnapshotRevision - SectionEditor.WindowSize));
            editor.Preload([.. edits.Where(e => e.Revision <= section.SnapshotRevision)]);
            foreach (var edit in edits.Where(e => e.Revision > section.SnapshotRevision))
            {
                editor.Replay(edit);
                MoveComments(edit);
            }

            _sections[section.Id] = editor;
        }

        this.RegisterGrainTimer(_ => { _observers.RemoveExpired(time.GetUtcNow()); return Task.CompletedTask; },
            ObserverLease.RenewEvery, ObserverLease.RenewEvery);
    }

    public async Task<VisionDocumentDetails> Create(Guid workingGroupId, VisionDocumentDraft draft)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        var valid = VisionDocumentRules.Validate(draft);
        state.State = new VisionDocumentState
        {
            WorkingGroupId = workingGroupId,
            Title = valid.Title,
            Sections = [.. valid.Sections.Select(s => new SectionState { Id = Guid.NewGuid(), Heading = s.Heading, SnapshotText = s.Text, InitialText = s.Text, AddedAt = time.GetUtcNow() })],
            CreatedAt = time.GetUtcNow(),
            EditLogVersion = VisionDocumentState.CurrentEditLogVersion,
        };
        await WriteStateAsync();
        foreach (var section in state.State.Sections)
        {
            _sections[section.Id] = new SectionEditor(section.Id, section.SnapshotText, 0);
        }

        return Details();
    }

    public Task<VisionDocumentDetails> Get()
    {
        RequireExists();
        return Task.FromResult(Details());
    }

    public Task<bool> HasSection(Guid sectionId) =>
        Task.FromResult(state.RecordExists && state.State.Sections.Exists(s => s.Id == sectionId));

    public async Task EnsureSections(IReadOnlyList<VisionSection> sections)
    {
        RequireExists();
        // Everything is checked before anything changes.
        var valid = sections.Select(s => new VisionSection(s.Id, TextRules.Name(s.Heading, TextRules.TitleMaxLength), TextRules.MultilineText(s.Text, TextRules.SectionTextMaxLength))).ToList();
        var added = valid.Where(s => !_sections.ContainsKey(s.Id)).DistinctBy(s => s.Id).ToList();
        if (state.State.Sections.Count + added.Count > VisionDocumentRules.MaxSectionsAdded)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {VisionDocumentRules.MaxSectionsAdded} sections");
        }

        var renamed = false;
        foreach (var s in valid)
        {
            if (state.State.Sections.Find(x => x.Id == s.Id) is { } existing && existing.Heading != s.Heading)
            {
                existing.Heading = s.Heading;
                renamed = true;
            }
        }

        foreach (var s in added)
        {
            state.State.Sections.Add(new SectionState { Id = s.Id, Heading = s.Heading, SnapshotText = s.Text, InitialText = s.Text, AddedAt = time.GetUtcNow() });
            _sections[s.Id] = new SectionEditor(s.Id, s.Text, 0);
        }

        if (renamed || added.Count > 0)
        {
            await WriteStateAsync();
        }
    }

    public Task<DocumentSnapshot> Open()
    {
        RequireExists();
        return Task.FromResult(new DocumentSnapshot(
            this.GetPrimaryKey(),
            state.State.Title,
            state.State.Locked,
            [.. state.State.Sections.Select(s => new SectionSnapshot(s.Id, s.Heading, _sections[s.Id].Text, _sections[s.Id].Revision, s.Locked))]));
    }

    public async Task<EditAck> Submit(EditSubmission submission)
    {
        RequireExists();
        ClientOpIds.Validate(submission.ClientOpId);
        return await Sequence(submission);
    }

    /// <summary>Sequences an edit whose id is valid: a client's (<see cref="Submit"/>) or the server's own (a restore).</summary>
    private async Task<EditAck> Sequence(EditSubmission submission)
    {
        var clientOpId = submission.ClientOpId;
        if (_broken)
        {
            throw new DomainException(ErrorCodes.StorageUnavailable);
        }

        var section = SectionState(submission.SectionId);
        if (state.State.Locked || section.Locked)
        {
            throw new DomainException(ErrorCodes.DocumentLocked);
        }

        var (accepted, revision) = _sections[section.Id].Accept(submission, time.GetUtcNow());
        if (accepted is not null)
        {
            _pending.Add(accepted);
            MoveComments(accepted);
        }

        // A repeated id whose first submission is still being written waits for that write too.
        if (accepted is not null || _pending.Any(e => e.ClientOpId == clientOpId && e.SectionId == section.Id) || _writing)
        {
            await WrittenAsync();
        }

        return new EditAck(section.Id, revision);
    }

    public Task<IReadOnlyList<AcceptedEdit>> GetEdits(Guid sectionId, long afterRevision)
    {
        RequireExists();
        var editor = _sections[SectionState(sectionId).Id];
        // Edits still being written are not handed out: nothing is shown that could yet be lost.
        var unwritten = _pending.Concat(_inFlight).ToHashSet();
        var written = editor.After(afterRevision).TakeWhile(e => !unwritten.Contains(e)).ToList();
        return Task.FromResult<IReadOnlyList<AcceptedEdit>>(written);
    }

    public Task MoveCaret(Guid participantId, string displayName, CaretPosition caret)
    {
        RequireExists();
        var editor = _sections[SectionState(caret.SectionId).Id];
        if (caret.Anchor < 0 || caret.Head < 0 || caret.Anchor > TextLimits.MaxDocumentLength || caret.Head > TextLimits.MaxDocumentLength
            || caret.Revision < 0 || caret.Revision > editor.Revision)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "caret");
        }

        Publish(new CaretMoved(this.GetPrimaryKey(), participantId, displayName, caret));
        return Task.CompletedTask;
    }

    public async Task SetLock(Guid? sectionId, bool locked)
    {
        RequireExists();
        if (sectionId is { } id)
        {
            SectionState(id).Locked = locked;
        }
        else
        {
            state.State.Locked = locked;
        }

        await WriteStateAsync();
        Publish(new LockChanged(this.GetPrimaryKey(), sectionId, locked));
    }

    public Task Subscribe(string webServerId, IDocumentObserver observer)
    {
        _observers.Renew(webServerId, observer, time.GetUtcNow() + ObserverLease.Duration);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(string webServerId)
    {
        _observers.Remove(webServerId);
        return Task.CompletedTask;
    }

    /// <summary>Completes when the batch holding everything pending now is written.</summary>
    private Task WrittenAsync()
    {
        _nextBatchWritten ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = _nextBatchWritten.Task;
        if (!_writing)
        {
            _ = WriteBatchesAsync();
        }

        return written;
    }

    private async Task WriteBatchesAsync()
    {
        _writing = true;
        try
        {
            while (_nextBatchWritten is { } written)
            {
                var batch = _inFlight = _pending;
                _pending = [];
                _nextBatchWritten = null;
                try
                {
                    // Off the activation: on SQLite the insert completes synchronously (Microsoft.Data.Sqlite has no
                    // asynchronous I/O), which would hold the grain for the whole write, so no edit could arrive
                    // meanwhile and every batch would hold one edit. Only this loop appends to the log, and the
                    // batch list is not changed while it is written.
                    await Task.Run(() => log.AppendAsync(this.GetPrimaryKey(), batch));
                    await SnapshotIfDueAsync(batch);
                }
                catch (Exception e)
                {
                    // Memory is now ahead of storage: refuse further edits and reload from storage.
                    _broken = true;
                    DeactivateOnIdle();
                    written.SetException(new DomainException(ErrorCodes.StorageUnavailable, e.Message));
                    continue;
                }

                _inFlight = [];
                _observers.Publish([.. batch.Select(edit => new TextEdited(this.GetPrimaryKey(), edit))]);

                written.SetResult();
            }
        }
        finally
        {
            _writing = false;
        }
    }

    /// <summary>Writes a new snapshot of each section whose log passed a snapshot boundary in this batch.</summary>
    private async Task SnapshotIfDueAsync(IReadOnlyList<AcceptedEdit> batch)
    {
        var due = false;
        foreach (var section in state.State.Sections)
        {
            var editor = _sections[section.Id];
            if (editor.Revision - section.SnapshotRevision >= SnapshotEvery && batch.Any(e => e.SectionId == section.Id))
            {
                // The snapshot must match what is written: only edits up to this batch's last one count.
                var last = batch.Last(e => e.SectionId == section.Id).Revision;
                if (last == editor.Revision)
                {
                    var text = editor.Text;
                    await storage.WriteStateAsync(ArchiveName(section.Id, last), this.GetGrainId(),
                        new GrainState<SectionArchive>(new SectionArchive { Text = text }));
                    section.SnapshotText = text;
                    section.SnapshotRevision = last;
                    section.ArchivedSnapshots.Add(last);
                    due = true;
                }
            }
        }

        if (due)
        {
            await WriteStateAsync();
        }
    }

    private async Task MoveLegacyLogAsync()
    {
        var legacy = new LegacyEditLog(storage, this.GetGrainId());
        var records = await legacy.CopyAsync(this.GetPrimaryKey(), state.State.Sections.Select(s => s.Id), log);
        state.State.EditLogVersion = VisionDocumentState.CurrentEditLogVersion;
        await WriteStateAsync();
        await legacy.ClearAsync(records);
    }

    private async Task WriteStateAsync()
    {
        await _stateWrite.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            _stateWrite.Release();
        }
    }

    private void Publish(DocumentEvent documentEvent) => _observers.Publish(documentEvent);

    private static string ArchiveName(Guid sectionId, long revision) => $"vision-snap-{sectionId:N}-{revision}";

    private SectionState SectionState(Guid sectionId) =>
        state.State.Sections.Find(s => s.Id == sectionId) ?? throw new DomainException(ErrorCodes.NotFound, "section");

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }
    }

    private VisionDocumentDetails Details() => new(
        this.GetPrimaryKey(),
        state.State.WorkingGroupId,
        state.State.Title,
        [.. state.State.Sections.Select(s => new VisionSection(s.Id, s.Heading, _sections[s.Id].Text))],
        state.State.CreatedAt);
}
