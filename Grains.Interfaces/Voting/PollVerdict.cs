namespace CommunityPlanning.Voting;

/// <summary>The majority a poll needs to be adopted, chosen per poll when it is created.</summary>
public enum MajorityRule
{
    /// <summary>More than half of the votes cast for or against (abstentions are not votes either way).</summary>
    VotesCast = 0,

    /// <summary>More than half of those present with a vote (the result's eligible voters), however many voted.</summary>
    Present = 1,

    /// <summary>At least two thirds of the votes cast for or against.</summary>
    TwoThirds = 2,
}

public enum VerdictOutcome
{
    /// <summary>An opinion poll reached the majority: adopted.</summary>
    Adopted = 0,

    /// <summary>An opinion poll fell short of the majority.</summary>
    Rejected = 1,

    /// <summary>As many for as against (or, in a single choice, two options first together): not adopted.</summary>
    Tie = 2,

    /// <summary>A single choice whose leading option reached the majority (<see cref="PollVerdict.Option"/>).</summary>
    Chosen = 3,

    /// <summary>A single choice where no option reached the majority.</summary>
    NoMajority = 4,

    /// <summary>The quorum was not met: nothing was decided.</summary>
    NoQuorum = 5,
}

/// <summary>
/// The verdict of an opinion poll (doporučuji / nedoporučuji / zdržuji se) or a single choice by its
/// <see cref="MajorityRule"/>: <see cref="For"/> (opinions: option 0; single choice: the leading option),
/// <see cref="Against"/> (option 1; single choice: all other votes), <see cref="Abstained"/> (option 2), and
/// <see cref="Needed"/>, the fewest votes for that would have adopted it; <see cref="Option"/> is the leading option
/// of a single choice (chosen, or short of the majority).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PollVerdict")]
public sealed record PollVerdict(
    [property: Id(0)] VerdictOutcome Outcome,
    [property: Id(1)] MajorityRule Rule,
    [property: Id(2)] long For,
    [property: Id(3)] long Against,
    [property: Id(4)] long Abstained,
    [property: Id(5)] long Needed,
    [property: Id(6)] int? Option = null);
