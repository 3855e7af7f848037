namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's people, the state of its roster grain (<see cref="MeetingRosterGrain"/>): roster, invites and merged
/// seats, and what the roster must know of its meeting, stored apart from the meeting's flow (<see cref="MeetingState"/>),
/// so that an admission writes only the people and a facilitator's action only the flow. Presence is never stored.
/// </summary>
[GenerateSerializer, Alias("cp.MeetingPeopleState")]
public sealed class MeetingPeopleState
{
    [Id(0)] public List<RosterEntry> Roster { get; set; } = [];
    [Id(1)] public List<InviteInfo> Invites { get; set; } = [];

    /// <summary>Seats merged into others (<see cref="SeatMerging"/>): out of the roster, their tickets lead to the kept seat.</summary>
    [Id(2)] public List<MergedSeat> MergedSeats { get; set; } = [];

    /// <summary>What the meeting told the roster of itself (<see cref="IMeetingRosterGrain.Describe"/>).</summary>
    [Id(3)] public RosterContext? Context { get; set; }

    /// <summary>A copy to write while the original goes on changing (the entries are immutable, the lists are not).</summary>
    public MeetingPeopleState Copy() => new() { Roster = [.. Roster], Invites = [.. Invites], MergedSeats = [.. MergedSeats], Context = Context };
}
