using CommunityPlanning.Common;

namespace CommunityPlanning.Plans;

/// <summary>What a plan and its nodes may be; shared by the web layer and the plan grain.</summary>
public static class PlanRules
{
    public const int CodeMaxLength = 20;
    public const int TextMaxLength = 2_000;
    public const int NotesMaxLength = 10_000;
    public const int MaxNodes = 2_000;

    public static PlanNodeContent Content(PlanNodeContent? content)
    {
        if (content is null)
        {
            throw new DomainException(ErrorCodes.Required, "content");
        }

        var notes = TextRules.MultilineText(content.Notes, NotesMaxLength).Trim();
        return new PlanNodeContent(
            TextRules.Name(content.Code, CodeMaxLength),
            TextRules.Name(content.Text, TextMaxLength),
            notes.Length == 0 ? null : notes);
    }

    /// <summary>The draft with every value checked and trimmed; at most <see cref="MaxNodes"/> nodes in all.</summary>
    public static PlanDraft Validate(PlanDraft? draft)
    {
        if (draft is null)
        {
            throw new DomainException(ErrorCodes.Required);
        }

        var groups = draft.TargetGroups ?? [];
        var count = groups.Sum(t => 1 + (t?.Goals ?? []).Sum(g => 1 + (g?.Objectives ?? []).Count));
        if (count > MaxNodes)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxNodes} target groups, goals and objectives");
        }

        return new PlanDraft(TextRules.Name(draft.Title), [.. groups.Select(TargetGroup)]);
    }

    private static PlanTargetGroupDraft TargetGroup(PlanTargetGroupDraft? draft)
    {
        var t = Required(draft);
        var c = Content(new PlanNodeContent(t.Code, t.Text, t.Notes));
        return new PlanTargetGroupDraft(c.Code, c.Text, c.Notes, [.. (t.Goals ?? []).Select(Goal)]);
    }

    private static StrategicGoalDraft Goal(StrategicGoalDraft? draft)
    {
        var g = Required(draft);
        var c = Content(new PlanNodeContent(g.Code, g.Text, g.Notes));
        return new StrategicGoalDraft(c.Code, c.Text, c.Notes, [.. (g.Objectives ?? []).Select(Objective)]);
    }

    private static ObjectiveDraft Objective(ObjectiveDraft? draft)
    {
        var o = Required(draft);
        var c = Content(new PlanNodeContent(o.Code, o.Text, o.Notes));
        return new ObjectiveDraft(c.Code, c.Text, c.Notes);
    }

    private static T Required<T>(T? value) where T : class => value ?? throw new DomainException(ErrorCodes.Required);
}
