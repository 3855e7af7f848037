namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's people: roster, invites and merged seats, stored apart from the meeting's flow (<see cref="MeetingState"/>),
/// so that an admission writes only the people and a facilitator's action only the flow. Presence is never stored.
/// </summary>
[GenerateSerializer, Alias("cp.MeetingPeopleState")]
public sealed class MeetingPeopleState
{
    [Id(0)] public List<RosterEntry> Roster { get; set; } = [];
    [Id(1)] public List<InviteInfo> Invites { get; set; } = [];

    /// <summary>Seats merged into others (<see cref="SeatMerging"/>): out of the roster, their tickets lead to the kept seat.</summary>
    [Id(2)] public List<MergedSeat> MergedSeats { get; set; } = [];
}
