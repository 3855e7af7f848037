using CommunityPlanning.Meetings;
using CommunityPlanning.Scheduling;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Finding the next date inside a meeting (docs/protocol.md, "Finding the next date"): everyone in the meeting reads
/// the group's poll as counts (observers too); the date poll has the meeting's roster authorize the reader. Proposing,
/// answering and choosing are meeting commands (Execute).
/// </summary>
public sealed partial class MeetingHub
{
    public async Task<MeetingDatePoll> GetDatePoll(Guid meetingId)
    {
        var actor = ActorIn(meetingId);
        var details = await grains.GetGrain<IMeetingGrain>(meetingId).GetDetails();
        return await grains.GetGrain<IDatePollGrain>(details.WorkingGroupId).ViewInMeeting(meetingId, actor);
    }
}
