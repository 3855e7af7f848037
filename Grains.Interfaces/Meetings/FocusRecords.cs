namespace CommunityPlanning.Meetings;

/// <summary>What the facilitator brings everyone to.</summary>
public enum FocusKind
{
    None = 0,
    AgendaItem = 1,
    Section = 2,
    Poll = 3,

    /// <summary>The proposals board's dot-vote ranking (no target).</summary>
    Ranking = 4,

    /// <summary>The room screen's join card with the codes in <see cref="Focus.Codes"/> (no target).</summary>
    JoinCard = 5,

    /// <summary>A released (or answered) question from the audience.</summary>
    Question = 6,

    /// <summary>The word cloud of the room (no target).</summary>
    WordCloud = 7,
}

/// <summary>
/// Which codes a join card shows. The public observer code admits watchers only; a participants' code admits anyone who
/// reads it as a participant, so it is shown only when the facilitator chooses it.
/// </summary>
public enum JoinCardCodes
{
    None = 0,
    Public = 1,
    Participants = 2,
    Both = 3,
}

/// <summary>
/// The facilitator's focus: clients that follow go there; the room screen always shows it. <see cref="Codes"/> is set
/// for a join card only.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.Focus")]
public sealed record Focus(
    [property: Id(0)] FocusKind Kind,
    [property: Id(1)] Guid? TargetId,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] JoinCardCodes Codes = JoinCardCodes.None)
{
    public static readonly Focus None = new(FocusKind.None, null, DateTimeOffset.MinValue);
}
