using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>How people answer and how the answers are counted.</summary>
public enum PollKind
{
    /// <summary>Three options (labels configurable: doporučuji / nedoporučuji / zdržuji se); one answer.</summary>
    YesNoAbstain = 0,
    SingleChoice = 1,
    /// <summary>Up to <see cref="PollDraft.MaxChoices"/> options.</summary>
    MultipleChoice = 2,
    /// <summary><see cref="PollDraft.Dots"/> dots to spread; several on one option if <see cref="PollDraft.StackDots"/>.</summary>
    DotVoting = 3,
    /// <summary>Options put in order; the result is the Borda count.</summary>
    Ranking = 4,
    /// <summary>Every option gets a score from <see cref="PollDraft.ScoreMin"/> to <see cref="PollDraft.ScoreMax"/>.</summary>
    Score = 5,
}

public enum PollPhase
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}

/// <summary>
/// A poll as the facilitator sets it up. A secret poll never shows results before it closes (otherwise the
/// moment a count moves would tell who voted how); <see cref="Quorum"/> is the least number of voters for a
/// valid result. <see cref="Majority"/> is the rule the verdict is reached by (opinions and single choice);
/// <see cref="StandardOptions"/> says the options are the standard doporučuji / nedoporučuji / zdržuji se, which
/// every viewer reads in their own language (stored in Czech, the labels of polls made before it stay as stored).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PollDraft")]
public sealed record PollDraft(
    [property: Id(0)] string Question,
    [property: Id(1)] PollKind Kind,
    [property: Id(2)] IReadOnlyList<string> Options,
    [property: Id(3)] bool Secret,
    [property: Id(4)] bool LiveResults,
    [property: Id(5)] int? MaxChoices = null,
    [property: Id(6)] int? Dots = null,
    [property: Id(7)] bool StackDots = false,
    [property: Id(8)] int? ScoreMin = null,
    [property: Id(9)] int? ScoreMax = null,
    [property: Id(10)] int? Quorum = null,
    [property: Id(11)] MajorityRule Majority = MajorityRule.VotesCast,
    [property: Id(12)] bool StandardOptions = false);

/// <summary>One option's outcome: its count (choices, dots, Borda points or score sum), ballots that gave it anything, mean score.</summary>
[GenerateSerializer, Immutable, Alias("cp.OptionResult")]
public sealed record OptionResult(
    [property: Id(0)] int Index,
    [property: Id(1)] string Label,
    [property: Id(2)] long Count,
    [property: Id(3)] int Ballots,
    [property: Id(4)] double? Mean);

/// <summary>How one named voter voted (only in named polls); <see cref="OnBehalf"/> when someone entered it for them.</summary>
[GenerateSerializer, Immutable, Alias("cp.NamedBallot")]
public sealed record NamedBallot(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<int> Values,
    [property: Id(3)] OnBehalf? OnBehalf = null);

/// <summary>
/// A result: per option, eligible voters, turnout, the method in words, whether the quorum was met; frozen when
/// the poll closes (<see cref="Final"/>). <see cref="Verdict"/> is the outcome by the poll's majority rule, in the
/// final result of the kinds where one makes sense (null in live results, for the other kinds, and in results
/// counted before verdicts existed). <see cref="OnBehalfBallots"/> is how many of the ballots were entered on someone's
/// behalf (in a secret poll only this number: never which ballot or for whom).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PollResult")]
public sealed record PollResult(
    [property: Id(0)] IReadOnlyList<OptionResult> Options,
    [property: Id(1)] int Eligible,
    [property: Id(2)] int Voted,
    [property: Id(3)] string Method,
    [property: Id(4)] bool Valid,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] bool Final,
    [property: Id(7)] IReadOnlyList<NamedBallot> Named,
    [property: Id(8)] PollVerdict? Verdict = null,
    [property: Id(9)] int OnBehalfBallots = 0);

/// <summary>
/// A poll as everyone sees it. <see cref="VoterIds"/> says who has voted (never what); <see cref="Result"/> is
/// there when the results may be shown (live results of a named poll, or closed, unless withheld).
/// <see cref="MinimumTurnout"/> (secret polls) is the fewest ballots whose result is published without the
/// facilitator's choice; <see cref="LowTurnout"/> is that choice, when one was made at the close.
/// <see cref="Intention"/> is there for a poll about development intentions (recusals by member, quorum, hand-off).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PollView")]
public sealed record PollView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] PollDraft Draft,
    [property: Id(2)] PollPhase Phase,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? OpenedAt,
    [property: Id(5)] DateTimeOffset? ClosedAt,
    [property: Id(6)] IReadOnlyList<Guid> VoterIds,
    [property: Id(7)] IReadOnlyList<Guid> Recused,
    [property: Id(8)] PollResult? Result,
    [property: Id(9)] Guid? AgendaItemId = null,
    [property: Id(10)] int? MinimumTurnout = null,
    [property: Id(11)] LowTurnoutDecision? LowTurnout = null,
    [property: Id(12)] IntentionPoll? Intention = null);

/// <summary>
/// What a voter gets back. In a secret poll <see cref="Receipt"/> is the only key to the ballot: the server keeps
/// no link from the voter to it, so changing the vote needs the receipt.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.VoteReceipt")]
public sealed record VoteReceipt(
    [property: Id(0)] Guid PollId,
    [property: Id(1)] string? Receipt,
    [property: Id(2)] long Seq);
