namespace CommunityPlanning.Meetings;

/// <summary>What the facilitator brings everyone to.</summary>
public enum FocusKind
{
    None = 0,
    AgendaItem = 1,
    Section = 2,
    Poll = 3,
}

/// <summary>The facilitator's focus: clients that follow go there; the projector view always shows it.</summary>
[GenerateSerializer, Immutable, Alias("cp.Focus")]
public sealed record Focus(
    [property: Id(0)] FocusKind Kind,
    [property: Id(1)] Guid? TargetId,
    [property: Id(2)] DateTimeOffset Since)
{
    public static readonly Focus None = new(FocusKind.None, null, DateTimeOffset.MinValue);
}
