using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Meetings;

/// <summary>The plans of the meeting's working group, and proposals linked to their objectives (docs/protocol.md, "Plans").</summary>
public sealed partial class MeetingHub
{

    /// <summary>The plans of the meeting's group, for everyone in the meeting: the board shows the objectives proposals are linked to.</summary>
    public async Task<PlanView[]> GetPlans(Guid meetingId)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(meetingId);
        await meeting.Authorize(ActorIn(meetingId), MeetingRole.Observer);
        var group = await grains.GetGrain<IWorkingGroupGrain>((await meeting.GetDetails()).WorkingGroupId).Get();
        return await Task.WhenAll(group.PlanIds.Select(id => grains.GetGrain<IPlanGrain>(id).Get()));
    }
}
