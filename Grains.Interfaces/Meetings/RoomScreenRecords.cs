namespace CommunityPlanning.Meetings;

/// <summary>
/// The room screens' own state beside the focus: blanked or not. <see cref="Since"/> changes with every change, also when
/// the join card's public code is replaced, so screens know to read the card again.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RoomScreen")]
public sealed record RoomScreen(
    [property: Id(0)] bool Blanked,
    [property: Id(1)] DateTimeOffset Since)
{
    public static readonly RoomScreen Shown = new(false, DateTimeOffset.MinValue);
}

/// <summary>
/// The codes a room screen shows on its join card now (<c>GetJoinCard</c>), canonical ("ABC234"). The participants' code
/// only ever reaches facilitators' connections; null where the card shows no such code or the caller may not see it.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.JoinCard")]
public sealed record JoinCard(
    [property: Id(0)] string? PublicCode,
    [property: Id(1)] string? ParticipantsCode);
