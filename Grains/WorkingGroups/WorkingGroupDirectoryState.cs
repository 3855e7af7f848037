namespace CommunityPlanning.WorkingGroups;

[GenerateSerializer, Alias("cp.WorkingGroupDirectoryState")]
public sealed class WorkingGroupDirectoryState
{
    [Id(0)] public List<WorkingGroupSummary> Groups { get; set; } = [];
}
