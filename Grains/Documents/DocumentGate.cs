using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Documents;

/// <summary>
/// Decides who may act on a document through a meeting: it learns what the document is to that meeting (its vision
/// document or its minutes) and applies the meeting's rule for that with the meeting's own authorization calls, which
/// know the roster and the phase. What a document is to a meeting never changes once set, so it is asked once per
/// activation. The document grain is reentrant, so these calls to the meeting never wait on the meeting's calls to it.
/// </summary>
public sealed class DocumentGate(IGrainFactory grains, Guid documentId)
{
    private enum Use
    {
        Vision,
        Minutes,
    }

    private readonly Dictionary<Guid, Use> _uses = [];

    public async Task<RosterEntry> Authorize(DocumentCaller caller, DocumentAccess access)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(caller.MeetingId);
        var use = await UseIn(meeting, caller);
        return access switch
        {
            DocumentAccess.Read => await meeting.Authorize(caller.Actor, MeetingRole.Observer),
            DocumentAccess.Facilitate => await meeting.Authorize(caller.Actor, MeetingRole.Facilitator),
            DocumentAccess.Contribute when use == Use.Minutes => await meeting.AuthorizeMinutesEdit(caller.Actor),
            DocumentAccess.Contribute => await meeting.AuthorizeContribution(caller.Actor),
            _ => throw new DomainException(ErrorCodes.InvalidValue, "access"),
        };
    }

    private async Task<Use> UseIn(IMeetingGrain meeting, DocumentCaller caller)
    {
        if (_uses.TryGetValue(caller.MeetingId, out var known))
        {
            return known;
        }

        // The snapshot (asked only when the document is not the meeting's vision) also checks the caller is in the meeting.
        Use? use = (await meeting.GetDetails()).VisionDocumentId == documentId ? Use.Vision
            : (await meeting.GetSnapshot(caller.Actor)).Minutes.DocumentId == documentId ? Use.Minutes
            : null;
        return _uses[caller.MeetingId] = use ?? throw new DomainException(ErrorCodes.Forbidden, "not a document of this meeting");
    }
}
