using CommunityPlanning.Voting;

namespace CommunityPlanning.Intentions;

/// <summary>
/// What a meeting needs to know about an intention placed on its agenda: whose it is (for recusals by interest) and
/// which working group gives the opinion.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionSubject")]
public sealed record IntentionSubject(
    [property: Id(0)] Guid IntentionId,
    [property: Id(1)] Guid CallId,
    [property: Id(2)] string ProviderName,
    [property: Id(3)] string ProviderIco,
    [property: Id(4)] string ServiceName,
    [property: Id(5)] Guid WorkingGroupId);

/// <summary>
/// A closed poll of a meeting about one or more intentions, as the meeting hands it over: the poll's verdict with
/// its counts, who was recused (by name), the group's <see cref="Members"/>, the <see cref="Quorum"/> (ballots needed)
/// and whether it was met. <see cref="IntentionIds"/> holds more than one intention for a block decision, recorded as
/// such on each.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionVote")]
public sealed record IntentionVote(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] Guid PollId,
    [property: Id(2)] Guid? AgendaItemId,
    [property: Id(3)] IReadOnlyList<Guid> IntentionIds,
    [property: Id(4)] PollVerdict Verdict,
    [property: Id(5)] IReadOnlyList<string> Recused,
    [property: Id(6)] bool QuorumMet,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] int Members,
    [property: Id(9)] int Quorum);

/// <summary>
/// The steering group's answer chosen in a decision poll (its options in this order: approve, reject, return);
/// a working group's opinion uses the standard opinion options (doporučuji / nedoporučuji / zdržuji se).
/// </summary>
public enum SteeringDecision
{
    Approved = 0,
    Rejected = 1,
    Returned = 2,
}
