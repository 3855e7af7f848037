using CommunityPlanning.Audience;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Quick polls of the room (docs/protocol.md, "Word cloud and reactions"): answering and reacting are open to observers
/// when the facilitator allows it, so they are hub methods of their own, not meeting commands (which observers never may
/// send); the grain has the roster authorize each call. The facilitator's controls go through Execute.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<WordCloudView> GetWordCloud(Guid meetingId) =>
        grains.GetGrain<IMeetingRoomPollGrain>(meetingId).GetWordCloud(ActorIn(meetingId));

    public Task<WordCloudView> SubmitWord(Guid meetingId, string text) =>
        grains.GetGrain<IMeetingRoomPollGrain>(meetingId).SubmitWord(ActorIn(meetingId), text);

    public Task React(Guid meetingId, Reaction reaction) =>
        grains.GetGrain<IMeetingRoomPollGrain>(meetingId).React(ActorIn(meetingId), reaction);
}
