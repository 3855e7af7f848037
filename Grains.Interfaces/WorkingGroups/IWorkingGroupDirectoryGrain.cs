using CommunityPlanning.Common;

namespace CommunityPlanning.WorkingGroups;

/// <summary>The list of all working groups (a single grain, key 0): small, read often, written rarely.</summary>
[Alias("cp.IWorkingGroupDirectoryGrain")]
public interface IWorkingGroupDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Adds or updates a group with the accounts that manage it.</summary>
    [Alias("Register")]
    Task Register(WorkingGroupSummary group, IReadOnlyList<Guid> managerAccountIds);

    /// <summary>The groups the actor manages; every group for administrators.</summary>
    [Alias("List")]
    Task<IReadOnlyList<WorkingGroupSummary>> List(Actor actor);
}
