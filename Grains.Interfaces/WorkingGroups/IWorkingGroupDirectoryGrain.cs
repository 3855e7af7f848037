namespace CommunityPlanning.WorkingGroups;

/// <summary>The list of all working groups (a single grain, key 0): small, read often, written rarely.</summary>
[Alias("cp.IWorkingGroupDirectoryGrain")]
public interface IWorkingGroupDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("Register")]
    Task Register(WorkingGroupSummary group);

    [Alias("List")]
    Task<IReadOnlyList<WorkingGroupSummary>> List();
}
