namespace CommunityPlanning.Plans;

/// <summary>The three levels of a plan: target groups hold strategic goals, goals hold objectives (opatření).</summary>
public enum PlanNodeKind
{
    TargetGroup = 0,
    Goal = 1,
    Objective = 2,
}

/// <summary>What a node of a plan says: its code as the plan writes it ("A", "A 1", "O 2"), its text, optional notes.</summary>
[GenerateSerializer, Immutable, Alias("cp.PlanNodeContent")]
public sealed record PlanNodeContent(
    [property: Id(0)] string Code,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Notes);

[GenerateSerializer, Immutable, Alias("cp.ObjectiveDraft")]
public sealed record ObjectiveDraft(
    [property: Id(0)] string Code,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Notes);

[GenerateSerializer, Immutable, Alias("cp.StrategicGoalDraft")]
public sealed record StrategicGoalDraft(
    [property: Id(0)] string Code,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Notes,
    [property: Id(3)] IReadOnlyList<ObjectiveDraft> Objectives);

[GenerateSerializer, Immutable, Alias("cp.PlanTargetGroupDraft")]
public sealed record PlanTargetGroupDraft(
    [property: Id(0)] string Code,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Notes,
    [property: Id(3)] IReadOnlyList<StrategicGoalDraft> Goals);

/// <summary>A plan as imported: e.g. a region's medium-term plan of social services ("střednědobý plán").</summary>
[GenerateSerializer, Immutable, Alias("cp.PlanDraft")]
public sealed record PlanDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<PlanTargetGroupDraft> TargetGroups);

/// <summary>
/// An objective as stored. <see cref="Version"/> grows with every change of the node, so an edit based on an
/// older version is refused (<c>plan.conflict</c>) instead of overwriting someone else's change.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ObjectiveView")]
public sealed record ObjectiveView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Code,
    [property: Id(2)] string Text,
    [property: Id(3)] string? Notes,
    [property: Id(4)] long Version);

[GenerateSerializer, Immutable, Alias("cp.StrategicGoalView")]
public sealed record StrategicGoalView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Code,
    [property: Id(2)] string Text,
    [property: Id(3)] string? Notes,
    [property: Id(4)] long Version,
    [property: Id(5)] IReadOnlyList<ObjectiveView> Objectives);

[GenerateSerializer, Immutable, Alias("cp.PlanTargetGroupView")]
public sealed record PlanTargetGroupView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Code,
    [property: Id(2)] string Text,
    [property: Id(3)] string? Notes,
    [property: Id(4)] long Version,
    [property: Id(5)] IReadOnlyList<StrategicGoalView> Goals);

/// <summary>A plan with its tree; <see cref="Version"/> counts every change of the plan.</summary>
[GenerateSerializer, Immutable, Alias("cp.PlanView")]
public sealed record PlanView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid WorkingGroupId,
    [property: Id(2)] string Title,
    [property: Id(3)] long Version,
    [property: Id(4)] DateTimeOffset CreatedAt,
    [property: Id(5)] IReadOnlyList<PlanTargetGroupView> TargetGroups)
{
    public bool HasObjective(Guid objectiveId) =>
        TargetGroups.Any(t => t.Goals.Any(g => g.Objectives.Any(o => o.Id == objectiveId)));
}

/// <summary>A new node under a parent (none: a target group), at a place among its siblings (none: last).</summary>
[GenerateSerializer, Immutable, Alias("cp.PlanNodeAddition")]
public sealed record PlanNodeAddition(
    [property: Id(0)] Guid? ParentId,
    [property: Id(1)] PlanNodeContent Content,
    [property: Id(2)] int? Position);

/// <summary>A proposal's link to the objective of a plan it would carry out.</summary>
[GenerateSerializer, Immutable, Alias("cp.ObjectiveLink")]
public sealed record ObjectiveLink(
    [property: Id(0)] Guid PlanId,
    [property: Id(1)] Guid ObjectiveId);
