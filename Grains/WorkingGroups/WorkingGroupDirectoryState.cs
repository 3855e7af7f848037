namespace CommunityPlanning.WorkingGroups;

[GenerateSerializer, Alias("cp.WorkingGroupDirectoryState")]
public sealed class WorkingGroupDirectoryState
{
    [Id(0)] public List<WorkingGroupSummary> Groups { get; set; } = [];

    /// <summary>The accounts that manage each group.</summary>
    [Id(1)] public Dictionary<Guid, List<Guid>> Managers { get; set; } = [];
}
