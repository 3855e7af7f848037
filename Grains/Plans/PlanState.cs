namespace CommunityPlanning.Plans;

[GenerateSerializer, Alias("cp.PlanState")]
public sealed class PlanState
{
    [Id(0)] public Guid WorkingGroupId { get; set; }
    [Id(1)] public string Title { get; set; } = "";

    /// <summary>Counts every change of the plan.</summary>
    [Id(2)] public long Version { get; set; }

    [Id(3)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Every node of the tree, each naming its parent; siblings come in list order.</summary>
    [Id(4)] public List<PlanNodeState> Nodes { get; set; } = [];
}

[GenerateSerializer, Alias("cp.PlanNodeState")]
public sealed class PlanNodeState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid? ParentId { get; set; }
    [Id(2)] public PlanNodeKind Kind { get; set; }
    [Id(3)] public string Code { get; set; } = "";
    [Id(4)] public string Text { get; set; } = "";
    [Id(5)] public string? Notes { get; set; }
    [Id(6)] public long Version { get; set; } = 1;
}
