using CommunityPlanning.Common;

namespace CommunityPlanning.Plans;

/// <summary>
/// The rules of a plan's tree, without Orleans: what may go where, and the version check that turns a
/// simultaneous edit of one node into <c>plan.conflict</c>. Every check comes before the first change.
/// </summary>
public static class PlanTree
{
    public static List<PlanNodeState> FromDraft(PlanDraft draft)
    {
        var nodes = new List<PlanNodeState>();
        foreach (var t in draft.TargetGroups)
        {
            var group = New(null, PlanNodeKind.TargetGroup, new PlanNodeContent(t.Code, t.Text, t.Notes));
            nodes.Add(group);
            foreach (var g in t.Goals)
            {
                var goal = New(group.Id, PlanNodeKind.Goal, new PlanNodeContent(g.Code, g.Text, g.Notes));
                nodes.Add(goal);
                nodes.AddRange(g.Objectives.Select(o => New(goal.Id, PlanNodeKind.Objective, new PlanNodeContent(o.Code, o.Text, o.Notes))));
            }
        }

        return nodes;
    }

    /// <summary>Adds a node under a parent (none: a target group); its kind is the level below the parent's.</summary>
    public static PlanNodeState Add(PlanState plan, Guid? parentId, PlanNodeContent content, int? position)
    {
        if (plan.Nodes.Count >= PlanRules.MaxNodes)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {PlanRules.MaxNodes} nodes");
        }

        var kind = parentId is { } id ? ChildKind(Find(plan, id).Kind) : PlanNodeKind.TargetGroup;
        var node = New(parentId, kind, content);
        Insert(plan, node, position);
        return node;
    }

    public static void Edit(PlanState plan, Guid nodeId, long expectedVersion, PlanNodeContent content)
    {
        var node = Current(plan, nodeId, expectedVersion);
        node.Code = content.Code;
        node.Text = content.Text;
        node.Notes = content.Notes;
        node.Version++;
    }

    /// <summary>Removes the node and everything under it.</summary>
    public static void Remove(PlanState plan, Guid nodeId, long expectedVersion)
    {
        IEnumerable<Guid> Subtree(Guid id) => plan.Nodes.Where(n => n.ParentId == id).SelectMany(n => Subtree(n.Id)).Prepend(id);
        var gone = Subtree(Current(plan, nodeId, expectedVersion).Id).ToHashSet();
        plan.Nodes.RemoveAll(n => gone.Contains(n.Id));
    }

    /// <summary>Moves a node under a parent of the level above it (none for target groups), at a position among its new siblings.</summary>
    public static void Move(PlanState plan, Guid nodeId, long expectedVersion, Guid? parentId, int position)
    {
        var node = Current(plan, nodeId, expectedVersion);
        var parentKind = parentId is { } id ? Find(plan, id).Kind : (PlanNodeKind?)null;
        var fits = node.Kind == PlanNodeKind.TargetGroup ? parentKind is null : parentKind is { } k && ChildKind(k) == node.Kind;
        if (!fits)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"a {node.Kind} cannot go there");
        }

        var siblings = plan.Nodes.Count(n => n.ParentId == parentId && n.Id != node.Id);
        if (position < 0 || position > siblings)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"position 0–{siblings}");
        }

        plan.Nodes.Remove(node);
        node.ParentId = parentId;
        node.Version++;
        Insert(plan, node, position);
    }

    public static PlanView View(Guid planId, PlanState plan)
    {
        IEnumerable<PlanNodeState> Children(Guid? parentId) => plan.Nodes.Where(n => n.ParentId == parentId);
        return new PlanView(planId, plan.WorkingGroupId, plan.Title, plan.Version, plan.CreatedAt,
        [
            .. Children(null).Select(t => new PlanTargetGroupView(t.Id, t.Code, t.Text, t.Notes, t.Version,
            [
                .. Children(t.Id).Select(g => new StrategicGoalView(g.Id, g.Code, g.Text, g.Notes, g.Version,
                    [.. Children(g.Id).Select(o => new ObjectiveView(o.Id, o.Code, o.Text, o.Notes, o.Version))])),
            ])),
        ]);
    }

    private static PlanNodeState New(Guid? parentId, PlanNodeKind kind, PlanNodeContent content) =>
        new() { Id = Guid.NewGuid(), ParentId = parentId, Kind = kind, Code = content.Code, Text = content.Text, Notes = content.Notes };

    private static PlanNodeKind ChildKind(PlanNodeKind parent) => parent switch
    {
        PlanNodeKind.TargetGroup => PlanNodeKind.Goal,
        PlanNodeKind.Goal => PlanNodeKind.Objective,
        _ => throw new DomainException(ErrorCodes.InvalidValue, "objectives have no children"),
    };

    /// <summary>Puts a node among its siblings at a position (none: last), validating the position first.</summary>
    private static void Insert(PlanState plan, PlanNodeState node, int? position)
    {
        var siblings = plan.Nodes.Where(n => n.ParentId == node.ParentId).ToList();
        var at = position ?? siblings.Count;
        if (at < 0 || at > siblings.Count)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"position 0–{siblings.Count}");
        }

        if (at < siblings.Count)
        {
            plan.Nodes.Insert(plan.Nodes.IndexOf(siblings[at]), node);
        }
        else
        {
            plan.Nodes.Add(node);
        }
    }

    private static PlanNodeState Current(PlanState plan, Guid nodeId, long expectedVersion)
    {
        var node = Find(plan, nodeId);
        if (node.Version != expectedVersion)
        {
            throw new DomainException(ErrorCodes.PlanConflict, $"the node is at version {node.Version}, not {expectedVersion}");
        }

        return node;
    }

    private static PlanNodeState Find(PlanState plan, Guid nodeId) =>
        plan.Nodes.Find(n => n.Id == nodeId) ?? throw new DomainException(ErrorCodes.NotFound, "plan node");
}
