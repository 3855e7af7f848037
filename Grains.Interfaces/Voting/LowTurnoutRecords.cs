namespace CommunityPlanning.Voting;

/// <summary>
/// How to close a secret poll that has fewer ballots than the minimum turnout, where the counts would tell how the
/// few voted (docs/protocol.md, "Minimum turnout of a secret poll").
/// </summary>
public enum LowTurnoutChoice
{
    /// <summary>Close without a result: no counts anywhere, and the ballots are discarded so none can be counted later.</summary>
    Withhold = 0,

    /// <summary>Publish the counts all the same; who confirmed it, and when, is recorded.</summary>
    Publish = 1,
}

/// <summary>
/// The facilitator's choice at the close of a secret poll below the minimum turnout, kept with the poll for
/// everyone and for the minutes: what, on how many ballots against which minimum, who, when.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.LowTurnoutDecision")]
public sealed record LowTurnoutDecision(
    [property: Id(0)] LowTurnoutChoice Choice,
    [property: Id(1)] int Ballots,
    [property: Id(2)] int Minimum,
    [property: Id(3)] Guid ByParticipantId,
    [property: Id(4)] string ByName,
    [property: Id(5)] DateTimeOffset At);
