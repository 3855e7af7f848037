namespace CommunityPlanning.Meetings;

/// <summary>
/// A seat the facilitator merged into another (<see cref="KeptId"/>): gone from the roster, but its tickets, its name on
/// its invite and its live connections lead to the kept seat.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MergedSeat")]
public sealed record MergedSeat(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] Guid? InviteId,
    [property: Id(3)] Guid KeptId,
    [property: Id(4)] DateTimeOffset MergedAt);
