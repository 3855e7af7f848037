using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Meetings;

/// <summary>Co-editing the meeting's vision document (docs/protocol.md, "Co-editing").</summary>
public sealed partial class MeetingHub
{
    /// <summary>
    /// How long an acknowledgement waits for the edit's own event to be relayed, so the author normally gets the event
    /// first; after a failover the new activation's first events may not reach this server for seconds (Orleans is
    /// still settling its routes to the web servers), and the author, answered without it, fetches it (GetEdits).
    /// </summary>
    private static readonly TimeSpan RelayWait = TimeSpan.FromSeconds(2);

    /// <summary>The documents the connection has open, per joined meeting: its vision document and its minutes.</summary>
    private Dictionary<Guid, OpenedDocuments> OpenDocuments => ConnectionItem<Dictionary<Guid, OpenedDocuments>>(nameof(OpenDocuments));

    public async Task<DocumentSnapshot> OpenDocument(Guid meetingId)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(meetingId);
        var entry = await meeting.Authorize(ActorIn(meetingId), MeetingRole.Observer);
        var documentId = (await meeting.GetDetails()).VisionDocumentId
            ?? throw new DomainException(ErrorCodes.NotFound, "vision document");
        return await Open(meetingId, documentId, minutes: false, viewer: entry.Role == MeetingRole.Observer);
    }

    /// <summary>Opens the meeting's minutes: a document with a section of notes per agenda item (created on first use).</summary>
    public async Task<DocumentSnapshot> OpenMinutes(Guid meetingId)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(meetingId);
        var documentId = await meeting.OpenMinutes(ActorIn(meetingId));
        var entry = await meeting.Authorize(ActorIn(meetingId), MeetingRole.Observer);
        return await Open(meetingId, documentId, minutes: true, viewer: entry.Role == MeetingRole.Observer);
    }

    /// <param name="viewer">
    /// An observer: gets the edits composed (<c>textChanges</c>), as it never edits, and no one's name
    /// (<see cref="DocumentPublicView"/>). Only observers are viewers, so everyone named on an editors' lane may see names.
    /// </param>
    private async Task<DocumentSnapshot> Open(Guid meetingId, Guid documentId, bool minutes, bool viewer)
    {
        var opened = OpenDocuments.TryGetValue(meetingId, out var existing) ? existing : OpenDocuments[meetingId] = new();
        if (opened.Add(documentId, minutes))
        {
            await documents.Open(documentId, Context.ConnectionId, viewer);
        }

        return await Document(documentId).Open();
    }

    [RetriedByClient]
    public async Task<EditAck> SubmitEdit(Guid meetingId, EditRequest request)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute, request.DocumentId);
        var operation = TextOperation.FromJson(request.Operation.GetRawText());
        var ack = await document.Submit(new EditSubmission(request.SectionId, request.BaseRevision, operation, request.ClientOpId ?? "", entry.ParticipantId));
        await documents.RelayedAsync(document.GetPrimaryKey(), ack.SectionId, ack.Revision, RelayWait);
        return ack;
    }

    public async Task<IReadOnlyList<TextEditedMessage>> GetEdits(Guid meetingId, EditsRequest request)
    {
        var (_, document) = await Authorized(meetingId, DocumentAccess.Read, request.DocumentId);
        var edits = await document.GetEdits(request.SectionId, request.AfterRevision);
        return [.. edits.Select(e => TextEditedMessage.From(document.GetPrimaryKey(), e))];
    }

    public async Task MoveCaret(Guid meetingId, CaretRequest request)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute, request.DocumentId);
        await document.MoveCaret(entry.ParticipantId, entry.DisplayName, new CaretPosition(request.SectionId, request.Anchor, request.Head, request.Revision));
    }

    public async Task SetLock(Guid meetingId, LockRequest request)
    {
        var (_, document) = await Authorized(meetingId, DocumentAccess.Facilitate);
        await document.SetLock(request.SectionId, request.Locked);
    }

    /// <summary>
    /// The document the caller has open (no id: the vision document), and their roster entry if the document grain lets
    /// them do <paramref name="access"/> to it: the grain knows whether it is the meeting's vision or its minutes.
    /// </summary>
    private async Task<(RosterEntry Entry, IVisionDocumentGrain Document)> Authorized(Guid meetingId, DocumentAccess access, Guid? documentId = null)
    {
        var document = Document(OpenedDocument(meetingId, documentId));
        return (await document.Authorize(new DocumentCaller(meetingId, ActorIn(meetingId)), access), document);
    }

    private static DocumentAuthor AuthorOf(RosterEntry entry) => new(entry.ParticipantId, entry.DisplayName);

    private Guid OpenedDocument(Guid meetingId, Guid? documentId = null)
    {
        ActorIn(meetingId);
        return OpenDocuments.TryGetValue(meetingId, out var opened) && opened.Resolve(documentId) is { } id
            ? id
            : throw new DomainException(ErrorCodes.DocumentNotOpen);
    }

    private async Task CloseDocument(Guid meetingId)
    {
        if (OpenDocuments.Remove(meetingId, out var opened))
        {
            foreach (var documentId in opened.All)
            {
                await documents.Close(documentId, Context.ConnectionId);
            }
        }
    }

    /// <summary>What one connection has open in one meeting.</summary>
    private sealed class OpenedDocuments
    {
        private Guid? _vision;
        private Guid? _minutes;

        public IEnumerable<Guid> All => new[] { _vision, _minutes }.OfType<Guid>();

        /// <summary>Records an opened document; false if it was open already.</summary>
        public bool Add(Guid documentId, bool minutes)
        {
            ref var slot = ref minutes ? ref _minutes : ref _vision;
            var added = slot != documentId;
            slot = documentId;
            return added;
        }

        /// <summary>The document a request names, if open; a request naming none means the vision document.</summary>
        public Guid? Resolve(Guid? documentId) => documentId is { } id ? (id == _vision || id == _minutes ? id : null) : _vision;
    }

    private IVisionDocumentGrain Document(Guid documentId) => grains.GetGrain<IVisionDocumentGrain>(documentId);
}
