using CommunityPlanning.Meetings;

namespace CommunityPlanning.Documents;

/// <summary>
/// Decides who may act on a document through a meeting: the meeting's roster grain knows what the document is to that
/// meeting (its vision document or its minutes), the roster and the phase, and applies the meeting's rule for it. The
/// roster never calls a document, so this call never meets one coming the other way (the meeting itself, which does
/// call documents, is not asked).
/// </summary>
public sealed class DocumentGate(IGrainFactory grains, Guid documentId)
{
    public Task<RosterEntry> Authorize(DocumentCaller caller, DocumentAccess access) =>
        grains.GetGrain<IMeetingRosterGrain>(caller.MeetingId).AuthorizeDocument(caller.Actor, documentId, access);
}
