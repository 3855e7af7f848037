using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Meetings;

/// <summary>Co-editing the meeting's vision document (docs/protocol.md, "Co-editing").</summary>
public sealed partial class MeetingHub
{
    private static readonly TimeSpan RelayWait = TimeSpan.FromSeconds(5);

    /// <summary>The vision document the connection has open, per joined meeting.</summary>
    private Dictionary<Guid, Guid> OpenDocuments => ConnectionItem<Dictionary<Guid, Guid>>(nameof(OpenDocuments));

    public async Task<DocumentSnapshot> OpenDocument(Guid meetingId)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(meetingId);
        await meeting.Authorize(ActorIn(meetingId), MeetingRole.Observer);
        var documentId = (await meeting.GetDetails()).VisionDocumentId
            ?? throw new DomainException(ErrorCodes.NotFound, "vision document");
        if (OpenDocuments.TryAdd(meetingId, documentId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, DocumentRelay.GroupName(documentId));
            await documents.Open(documentId, Context.ConnectionId);
        }

        return await Document(documentId).Open();
    }

    public async Task<EditAck> SubmitEdit(Guid meetingId, EditRequest request)
    {
        var (entry, document) = await Contributor(meetingId);
        var operation = TextOperation.FromJson(request.Operation.GetRawText());
        var ack = await document.Submit(new EditSubmission(request.SectionId, request.BaseRevision, operation, request.ClientOpId ?? "", entry.ParticipantId));
        await documents.RelayedAsync(document.GetPrimaryKey(), ack.SectionId, ack.Revision, RelayWait);
        return ack;
    }

    public async Task<IReadOnlyList<TextEditedMessage>> GetEdits(Guid meetingId, EditsRequest request)
    {
        var documentId = OpenedDocument(meetingId);
        await grains.GetGrain<IMeetingGrain>(meetingId).Authorize(ActorIn(meetingId), MeetingRole.Observer);
        var edits = await Document(documentId).GetEdits(request.SectionId, request.AfterRevision);
        return [.. edits.Select(e => TextEditedMessage.From(documentId, e))];
    }

    public async Task MoveCaret(Guid meetingId, CaretRequest request)
    {
        var (entry, document) = await Contributor(meetingId);
        await document.MoveCaret(entry.ParticipantId, entry.DisplayName, new CaretPosition(request.SectionId, request.Anchor, request.Head, request.Revision));
    }

    public async Task SetLock(Guid meetingId, LockRequest request)
    {
        var documentId = OpenedDocument(meetingId);
        await grains.GetGrain<IMeetingGrain>(meetingId).Authorize(ActorIn(meetingId), MeetingRole.Facilitator);
        await Document(documentId).SetLock(request.SectionId, request.Locked);
    }

    /// <summary>The document the caller has open, after checking their role in the meeting.</summary>
    private async Task<(RosterEntry Entry, IVisionDocumentGrain Document)> Member(Guid meetingId, MeetingRole atLeast)
    {
        var documentId = OpenedDocument(meetingId);
        var entry = await grains.GetGrain<IMeetingGrain>(meetingId).Authorize(ActorIn(meetingId), atLeast);
        return (entry, Document(documentId));
    }

    private static DocumentAuthor AuthorOf(RosterEntry entry) => new(entry.ParticipantId, entry.DisplayName);

    /// <summary>The caller's roster entry if they may edit now, and the document they have open.</summary>
    private async Task<(RosterEntry Entry, IVisionDocumentGrain Document)> Contributor(Guid meetingId)
    {
        var documentId = OpenedDocument(meetingId);
        var entry = await grains.GetGrain<IMeetingGrain>(meetingId).AuthorizeContribution(ActorIn(meetingId));
        return (entry, Document(documentId));
    }

    private Guid OpenedDocument(Guid meetingId)
    {
        ActorIn(meetingId);
        return OpenDocuments.TryGetValue(meetingId, out var documentId)
            ? documentId
            : throw new DomainException(ErrorCodes.DocumentNotOpen);
    }

    private async Task CloseDocument(Guid meetingId)
    {
        if (OpenDocuments.Remove(meetingId, out var documentId))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, DocumentRelay.GroupName(documentId));
            await documents.Close(documentId, Context.ConnectionId);
        }
    }

    private IVisionDocumentGrain Document(Guid documentId) => grains.GetGrain<IVisionDocumentGrain>(documentId);
}
