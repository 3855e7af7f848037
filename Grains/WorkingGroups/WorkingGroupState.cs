namespace CommunityPlanning.WorkingGroups;

[GenerateSerializer, Alias("cp.WorkingGroupState")]
public sealed class WorkingGroupState
{
    [Id(0)] public string Name { get; set; } = "";
    [Id(1)] public TargetGroup TargetGroup { get; set; }
    [Id(2)] public string? Description { get; set; }
    /// <summary>The one manager groups had before they had several; moved into <see cref="Managers"/> when read.</summary>
    [Id(3)] public Guid LegacyManagerAccountId { get; set; }

    [Id(4)] public string LegacyManagerName { get; set; } = "";
    [Id(5)] public List<GroupMember> Members { get; set; } = [];
    [Id(6)] public List<Guid> MeetingIds { get; set; } = [];
    [Id(7)] public List<Guid> VisionDocumentIds { get; set; } = [];
    [Id(8)] public List<PlannedMeeting> Schedule { get; set; } = [];

    /// <summary>SHA-256 of the calendar link's token, if there is one.</summary>
    [Id(9)] public string? CalendarFeedHash { get; set; }

    /// <summary>When each meeting starts: which meeting came before another (task carry-over) without asking them.</summary>
    [Id(10)] public Dictionary<Guid, DateTimeOffset> MeetingStarts { get; set; } = [];

    [Id(11)] public List<Guid> PlanIds { get; set; } = [];

    [Id(12)] public List<GroupManager> Managers { get; set; } = [];
}
