using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;

namespace CommunityPlanning.Web.Meetings;

/// <summary>A document's history (the vision's, or with a <c>documentId</c> the minutes'), and the vision's adopted wordings (docs/protocol.md, "History").</summary>
public sealed partial class MeetingHub
{
    public async Task<IReadOnlyList<HistoryEntry>> GetHistory(Guid meetingId, HistoryRequest request)
    {
        var (_, document) = await Authorized(meetingId, DocumentAccess.Read, request.DocumentId);
        return await document.GetHistory(request.SectionId, request.BeforeRevision, request.MaxEntries);
    }

    public async Task<SectionVersion> GetVersion(Guid meetingId, VersionRequest request)
    {
        var (_, document) = await Authorized(meetingId, DocumentAccess.Read, request.DocumentId);
        return await document.GetVersion(request.SectionId, request.Revision);
    }

    public async Task<EditAck> RestoreVersion(Guid meetingId, VersionRequest request)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Contribute, request.DocumentId);
        var ack = await document.RestoreVersion(request.SectionId, request.Revision, AuthorOf(entry));
        await documents.RelayedAsync(document.GetPrimaryKey(), ack.SectionId, ack.Revision, RelayWait);
        return ack;
    }

    public async Task<AdoptedWording> AdoptWording(Guid meetingId)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Facilitate);
        return await document.AdoptWording(AuthorOf(entry));
    }

    public async Task<IReadOnlyList<AdoptedWording>> GetAdoptedWordings(Guid meetingId)
    {
        var (entry, document) = await Authorized(meetingId, DocumentAccess.Read);
        var wordings = await document.GetAdoptedWordings();
        return entry.Role == MeetingRole.Observer ? [.. wordings.Select(DocumentPublicView.Wording)] : wordings;
    }
}
