using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Live facilitation (docs/protocol.md, "Commands"): every change to a meeting's flow, people, polls, board and
/// record is one <see cref="MeetingCommand"/> sent through <see cref="Execute"/>, its kind named in its JSON
/// (<c>{"type":"startTimer","seconds":300}</c>). The meeting grain checks the caller's role for the kind and
/// answers with the sequence number of the command's last event.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<long> Execute(Guid meetingId, MeetingCommand command) =>
        grains.GetGrain<IMeetingGrain>(meetingId).Execute(ActorIn(meetingId), command);

    public Task<DateTimeOffset> GetServerTime() => Task.FromResult(DateTimeOffset.UtcNow);

    /// <summary>The room screen's join card: the participants' code reaches facilitators only.</summary>
    public Task<JoinCard> GetJoinCard(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId).GetJoinCard(ActorIn(meetingId));

    /// <summary>The meeting's video-call link: participants and facilitators only (observers <c>forbidden</c>).</summary>
    public Task<string?> GetVideoCall(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId).GetVideoCall(ActorIn(meetingId));
}
