namespace CommunityPlanning.Meetings;

[GenerateSerializer, Immutable, Alias("cp.RaisedHand")]
public sealed record RaisedHand(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] DateTimeOffset RaisedAt);

/// <summary>Who has the floor, since when, and for how long at most (seconds), if limited.</summary>
[GenerateSerializer, Immutable, Alias("cp.Floor")]
public sealed record Floor(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] int? LimitSeconds);

/// <summary>One finished turn: who spoke, when, how long.</summary>
[GenerateSerializer, Immutable, Alias("cp.SpeakingTurn")]
public sealed record SpeakingTurn(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] long DurationMs);

/// <summary>Raised hands in the order the facilitator keeps, the floor, the speaking limit and who spoke how long.</summary>
[GenerateSerializer, Immutable, Alias("cp.Speakers")]
public sealed record Speakers(
    [property: Id(0)] IReadOnlyList<RaisedHand> Queue,
    [property: Id(1)] Floor? Floor,
    [property: Id(2)] int? LimitSeconds,
    [property: Id(3)] IReadOnlyList<SpeakingTurn> Turns)
{
    public static readonly Speakers Empty = new([], null, null, []);
}
