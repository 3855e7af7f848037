using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Storage;

namespace CommunityPlanning.Documents;

/// <summary>
/// The document's sequencer: its sections, locks and adopted wordings, and the entry to its parts:
/// <see cref="DocumentEditing"/> holds the sections' text and writes the edits, <see cref="DocumentComments"/> keeps the comments,
/// <see cref="DocumentHistory"/> reads the past and <see cref="DocumentGate"/> decides who may act through a meeting.
/// Reentrant so that edits arriving while a batch is being written join the next batch (group commit): every edit
/// is applied in memory at once, in arrival order, but acknowledged and broadcast only after the write that holds
/// it. State changes happen between awaits only, so interleaving is safe.
/// </summary>
[Reentrant]
public sealed class VisionDocumentGrain(
    [PersistentState("vision", GrainStorage.Name)] IPersistentState<VisionDocumentState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    EditLog log,
    TimeProvider time) : Grain, IVisionDocumentGrain
{
    private readonly EventFeeds<IDocumentObserver, DocumentEvent> _observers = new((observer, events) => observer.OnEvents(events));
    private readonly SemaphoreSlim _stateWrite = new(1, 1);
    private readonly DocumentComments _comments = new(() => state.State.Comments, time);
    private readonly DocumentAdoptions _adoptions = new(() => state.State.Adoptions, time);
    private DocumentEditing _editing = null!;
    private DocumentHistory _history = null!;
    private DocumentGate _gate = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Made here, not in field initializers: the grain's identity is known only once it is constructed.
        var id = this.GetPrimaryKey();
        _history = new DocumentHistory(log, storage, id, this.GetGrainId());
        _gate = new DocumentGate(GrainFactory, id);
        _editing = new DocumentEditing(id, log, new SectionSnapshots(log, _history, id), () => state.State.Sections, WriteStateAsync, _comments.Move,
            batch => _observers.Publish([.. batch.Select(edit => new TextEdited(id, edit))]),
            DeactivateOnIdle); // memory is ahead of storage: reload from storage
        if (state.RecordExists && state.State.EditLogVersion < VisionDocumentState.CurrentEditLogVersion)
        {
            await MoveLegacyLogAsync();
        }

        await _editing.LoadAsync();
        this.RegisterGrainTimer(_ => { _observers.RemoveExpired(time.GetUtcNow()); return Task.CompletedTask; },
            ObserverLease.RenewEvery, ObserverLease.RenewEvery);
    }

    public async Task<VisionDocumentDetails> Create(Guid workingGroupId, VisionDocumentDraft draft)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State = DocumentOutline.New(workingGroupId, draft, time.GetUtcNow());
        await WriteStateAsync();
        foreach (var section in state.State.Sections)
        {
            _editing.Start(section);
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
        var (added, changed) = DocumentOutline.Ensure(state.State, sections, time.GetUtcNow());
        foreach (var section in added)
        {
            _editing.Start(section);
        }

        if (changed)
        {
            await WriteStateAsync();
        }
    }

    public Task<RosterEntry> Authorize(DocumentCaller caller, DocumentAccess access)
    {
        RequireExists();
        return _gate.Authorize(caller, access);
    }

    public Task<DocumentSnapshot> Open()
    {
        RequireExists();
        return Task.FromResult(new DocumentSnapshot(
            this.GetPrimaryKey(),
            state.State.Title,
            state.State.Locked,
            [.. state.State.Sections.Select(s => new SectionSnapshot(s.Id, s.Heading, _editing[s.Id].Text, _editing[s.Id].Revision, s.Locked))]));
    }

    public async Task<EditAck> Submit(EditSubmission submission)
    {
        RequireExists();
        ClientOpIds.Validate(submission.ClientOpId);
        return await Sequence(submission);
    }

    /// <summary>Sequences an edit whose id is valid: a client's (<see cref="Submit"/>) or the server's own (a restore).</summary>
    private Task<EditAck> Sequence(EditSubmission submission)
    {
        if (_editing.Broken)
        {
            throw new DomainException(ErrorCodes.StorageUnavailable);
        }

        var section = SectionState(submission.SectionId);
        if (state.State.Locked || section.Locked)
        {
            throw new DomainException(ErrorCodes.DocumentLocked);
        }

        return _editing.SequenceAsync(submission, time.GetUtcNow());
    }

    public Task<IReadOnlyList<AcceptedEdit>> GetEdits(Guid sectionId, long afterRevision)
    {
        RequireExists();
        return Task.FromResult(_editing.Written(SectionState(sectionId).Id, afterRevision));
    }

    public Task MoveCaret(Guid participantId, string displayName, CaretPosition caret)
    {
        RequireExists();
        _editing[SectionState(caret.SectionId).Id].CheckCaret(caret);
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

    public async Task<IReadOnlyList<HistoryEntry>> GetHistory(Guid sectionId, long beforeRevision, int maxEntries)
    {
        RequireExists();
        var section = SectionState(sectionId);
        return await _history.PageAsync(section, _editing[section.Id].Revision, state.State.CreatedAt, beforeRevision, maxEntries);
    }

    public Task<SectionVersion> GetVersion(Guid sectionId, long revision)
    {
        RequireExists();
        var section = SectionState(sectionId);
        return _history.VersionAsync(section, _editing[section.Id].Revision, revision);
    }

    public async Task<EditAck> RestoreVersion(Guid sectionId, long revision, DocumentAuthor author)
    {
        var old = await GetVersion(sectionId, revision);
        var editor = _editing[old.SectionId];
        var change = TextDifference.Between(editor.Text, old.Text);
        return await Sequence(new EditSubmission(old.SectionId, editor.Revision, change, $"{AcceptedEdit.ServerMadePrefix}{Guid.NewGuid():N}", author.ParticipantId));
    }

    public async Task<AdoptedWording> AdoptWording(DocumentAuthor author)
    {
        RequireExists();
        _adoptions.EnsureRoom();

        await _editing.AllWrittenAsync(); // only what is written may be adopted
        var wording = _adoptions.Adopt(author, _editing.Versions());
        await WriteStateAsync();
        Publish(new WordingAdopted(this.GetPrimaryKey(), wording));
        return wording;
    }

    public Task<IReadOnlyList<AdoptedWording>> GetAdoptedWordings()
    {
        RequireExists();
        return Task.FromResult(_adoptions.All);
    }

    public async Task<Comment> AddComment(DocumentAuthor author, CommentDraft draft)
    {
        RequireExists();
        return await CommentChanged(_comments.Add(author, draft, _editing[SectionState(draft.SectionId).Id]));
    }

    public async Task<Comment> ReplyToComment(DocumentAuthor author, Guid commentId, string text)
    {
        RequireExists();
        return await CommentChanged(_comments.Reply(author, commentId, text));
    }

    public async Task<Comment> SetCommentStatus(RosterEntry by, Guid commentId, CommentStatus status)
    {
        RequireExists();
        return await CommentChanged(_comments.SetStatus(by.Role, commentId, status));
    }

    public Task<IReadOnlyList<Comment>> GetComments()
    {
        RequireExists();
        return Task.FromResult(_comments.All);
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

    private async Task<Comment> CommentChanged(Comment comment)
    {
        await WriteStateAsync();
        Publish(new CommentChanged(this.GetPrimaryKey(), comment));
        return comment;
    }

    private void Publish(DocumentEvent documentEvent) => _observers.Publish(documentEvent);

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
        [.. state.State.Sections.Select(s => new VisionSection(s.Id, s.Heading, _editing[s.Id].Text))],
        state.State.CreatedAt);
}
