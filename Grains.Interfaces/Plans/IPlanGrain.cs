using CommunityPlanning.Common;
using Orleans.Concurrency;

namespace CommunityPlanning.Plans;

/// <summary>
/// One plan of a working group: target groups → strategic goals → objectives. The group's organizers (its
/// manager, administrators) edit it; every edit of a node names the version it was based on, so two people
/// changing the same node get <c>plan.conflict</c> instead of overwriting each other. Refused edits change nothing.
/// </summary>
[Alias("cp.IPlanGrain")]
public interface IPlanGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the working group grain.</summary>
    [Alias("Create")]
    Task<PlanView> Create(Guid workingGroupId, PlanDraft draft);

    /// <summary>The plan, or <c>not_found</c>.</summary>
    [Alias("Get"), ReadOnly]
    Task<PlanView> Get();

    [Alias("AddNode")]
    Task<PlanView> AddNode(Actor actor, PlanNodeAddition addition);

    [Alias("EditNode")]
    Task<PlanView> EditNode(Actor actor, Guid nodeId, long expectedVersion, PlanNodeContent content);

    /// <summary>Removes a node with everything under it.</summary>
    [Alias("RemoveNode")]
    Task<PlanView> RemoveNode(Actor actor, Guid nodeId, long expectedVersion);

    /// <summary>Moves a node under another parent of the level above (none: target groups), at a position among its siblings.</summary>
    [Alias("MoveNode")]
    Task<PlanView> MoveNode(Actor actor, Guid nodeId, long expectedVersion, Guid? parentId, int position);
}
