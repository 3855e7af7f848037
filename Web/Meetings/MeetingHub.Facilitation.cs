using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Live facilitation (docs/protocol.md, "Facilitation"). Each method is one <see cref="MeetingCommand"/>; the
/// meeting grain checks the caller's role for it and answers with the sequence number of its last event.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<DateTimeOffset> GetServerTime() => Task.FromResult(DateTimeOffset.UtcNow);

    public Task<long> AddAgendaItem(Guid meetingId, AddAgendaItem command) => Execute(meetingId, command);

    public Task<long> UpdateAgendaItem(Guid meetingId, UpdateAgendaItem command) => Execute(meetingId, command);

    public Task<long> RemoveAgendaItem(Guid meetingId, RemoveAgendaItem command) => Execute(meetingId, command);

    public Task<long> MoveAgendaItem(Guid meetingId, MoveAgendaItem command) => Execute(meetingId, command);

    public Task<long> SetCurrentAgendaItem(Guid meetingId, SetCurrentAgendaItem command) => Execute(meetingId, command);

    public Task<long> StartTimer(Guid meetingId, StartTimer command) => Execute(meetingId, command);

    public Task<long> PauseTimer(Guid meetingId) => Execute(meetingId, new PauseTimer());

    public Task<long> ResumeTimer(Guid meetingId) => Execute(meetingId, new ResumeTimer());

    public Task<long> ExtendTimer(Guid meetingId, ExtendTimer command) => Execute(meetingId, command);

    public Task<long> ResetTimer(Guid meetingId) => Execute(meetingId, new ResetTimer());

    public Task<long> ClearTimer(Guid meetingId) => Execute(meetingId, new ClearTimer());

    public Task<long> RaiseHand(Guid meetingId) => Execute(meetingId, new RaiseHand());

    public Task<long> LowerHand(Guid meetingId, LowerHand command) => Execute(meetingId, command);

    public Task<long> ReorderSpeakers(Guid meetingId, ReorderSpeakers command) => Execute(meetingId, command);

    public Task<long> GiveFloor(Guid meetingId, GiveFloor command) => Execute(meetingId, command);

    public Task<long> EndFloor(Guid meetingId) => Execute(meetingId, new EndFloor());

    public Task<long> SetSpeakingLimit(Guid meetingId, SetSpeakingLimit command) => Execute(meetingId, command);

    public Task<long> SetFocus(Guid meetingId, SetFocus command) => Execute(meetingId, command);

    public Task<long> BlankRoomScreen(Guid meetingId, BlankRoomScreen command) => Execute(meetingId, command);

    /// <summary>The room screen's join card: the participants' code reaches facilitators only.</summary>
    public Task<JoinCard> GetJoinCard(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId).GetJoinCard(ActorIn(meetingId));

    public Task<long> MuteParticipant(Guid meetingId, MuteParticipant command) => Execute(meetingId, command);

    public Task<long> RemoveParticipant(Guid meetingId, RemoveParticipant command) => Execute(meetingId, command);

    public Task<long> ReadmitParticipant(Guid meetingId, ReadmitParticipant command) => Execute(meetingId, command);

    public Task<long> MergeSeats(Guid meetingId, MergeSeats command) => Execute(meetingId, command);

    public Task<long> SetArrivalsClosed(Guid meetingId, SetArrivalsClosed command) => Execute(meetingId, command);

    public Task<long> HandOverLead(Guid meetingId, HandOverLead command) => Execute(meetingId, command);

    public Task<long> MarkAttendance(Guid meetingId, MarkAttendance command) => Execute(meetingId, command);

    public Task<long> SetAttendeeKind(Guid meetingId, SetAttendeeKind command) => Execute(meetingId, command);

    public Task<long> AddRoomAttendee(Guid meetingId, AddRoomAttendee command) => Execute(meetingId, command);

    private Task<long> Execute(Guid meetingId, MeetingCommand? command) =>
        grains.GetGrain<IMeetingGrain>(meetingId).Execute(ActorIn(meetingId), command ?? throw new DomainException(ErrorCodes.Required, "command"));
}
