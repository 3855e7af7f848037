using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Voting;

/// <summary>The meeting's proposals board as stored.</summary>
[GenerateSerializer, Alias("cp.BoardState")]
public sealed class BoardState
{
    [Id(0)] public bool Brainstorm { get; set; }
    [Id(1)] public List<ProposalState> Proposals { get; set; } = [];

    /// <summary>Dots per voter of the open prioritisation round; null when none is open.</summary>
    [Id(2)] public int? RoundDots { get; set; }

    /// <summary>Dots of the open round: voter, proposal, how many (prioritisation is public, like stickers on a wall).</summary>
    [Id(3)] public List<DotAllocation> Dots { get; set; } = [];

    [Id(4)] public List<ProposalRanking> Rankings { get; set; } = [];

    /// <summary>Whether participants see the open round's totals; facilitators always do.</summary>
    [Id(5)] public bool ShowTotals { get; set; }
}

[GenerateSerializer, Alias("cp.ProposalState")]
public sealed class ProposalState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid? AreaId { get; set; }
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public List<Guid> AuthorIds { get; set; } = [];
    [Id(4)] public bool Hidden { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public List<Guid> MergedFrom { get; set; } = [];
    [Id(7)] public ObjectiveLink? Objective { get; set; }

    /// <summary>For which authors it was entered on their behalf, by whom.</summary>
    [Id(8)] public List<OnBehalf> OnBehalf { get; set; } = [];
}

/// <summary>Dots of one voter on one proposal; <see cref="OnBehalf"/>: entered for the voter, by whom.</summary>
[GenerateSerializer, Immutable, Alias("cp.DotAllocation")]
public sealed record DotAllocation([property: Id(0)] Guid VoterId, [property: Id(1)] Guid ProposalId, [property: Id(2)] int Dots, [property: Id(3)] OnBehalf? OnBehalf = null);
