using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Development intentions in a meeting (docs/protocol.md, "Intentions in meetings"): items linked to intentions,
/// their opinion and decision polls, recusal by member, seats linked to members. Facilitators only, checked by the
/// meeting grain.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<long> AddIntentionItem(Guid meetingId, AddIntentionItem command) => Execute(meetingId, command);

    public Task<long> CreateIntentionPoll(Guid meetingId, CreateIntentionPoll command) => Execute(meetingId, command);

    public Task<long> RecuseMember(Guid meetingId, RecuseMember command) => Execute(meetingId, command);

    public Task<long> SetSeatMember(Guid meetingId, SetSeatMember command) => Execute(meetingId, command);
}
