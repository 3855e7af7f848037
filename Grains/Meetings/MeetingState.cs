namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.MeetingState")]
public sealed class MeetingState
{
    [Id(0)] public MeetingDetails? Details { get; set; }
    [Id(1)] public List<RosterEntry> Roster { get; set; } = [];
    [Id(2)] public List<InviteInfo> Invites { get; set; } = [];

    /// <summary>The last event's sequence number; persisted so numbers never repeat after a move or restart.</summary>
    [Id(3)] public long Seq { get; set; }
}
