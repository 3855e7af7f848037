namespace CommunityPlanning.Records;

[GenerateSerializer, Alias("cp.MeetingRecordsState")]
public sealed class MeetingRecordsState
{
    [Id(0)] public List<ActionItem> ActionItems { get; set; } = [];
    [Id(1)] public MinutesState Minutes { get; set; } = new();

    /// <summary>The group's meeting before this one, when it was created: where open tasks carry over from.</summary>
    [Id(2)] public Guid? PreviousMeetingId { get; set; }

    /// <summary>Whether the first carry-over (due since the meeting was created) has happened.</summary>
    [Id(3)] public bool CarriedOver { get; set; }

    /// <summary>Agenda items that are a second block of the programme item before them (<see cref="SetMinutesItemContinues"/>).</summary>
    [Id(4)] public HashSet<Guid> ContinuingItems { get; set; } = [];
}
