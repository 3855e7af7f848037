using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Voting;

/// <summary>
/// An activity proposal ("návrh aktivity") under one area of the vision (a section of the meeting's document;
/// null: not yet placed). Hidden proposals (private brainstorm) show their text and authors only to their
/// authors and the facilitators until revealed. <see cref="Objective"/> is the plan objective it would carry out.
/// <see cref="OnBehalf"/>: for which of its authors it was entered, by whom (several once merged; empty: none).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ProposalView")]
public sealed record ProposalView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid? AreaId,
    [property: Id(2)] string? Text,
    [property: Id(3)] IReadOnlyList<Guid> AuthorIds,
    [property: Id(4)] bool Hidden,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<Guid> MergedFrom,
    [property: Id(7)] long Dots,
    [property: Id(8)] int Voters,
    [property: Id(9)] ObjectiveLink? Objective = null,
    [property: Id(10)] IReadOnlyList<OnBehalf>? OnBehalf = null);

/// <summary>One proposal's place in a frozen ranking; <see cref="OnBehalf"/>: as on the board.</summary>
[GenerateSerializer, Immutable, Alias("cp.RankedProposal")]
public sealed record RankedProposal(
    [property: Id(0)] Guid ProposalId,
    [property: Id(1)] Guid? AreaId,
    [property: Id(2)] string Text,
    [property: Id(3)] long Dots,
    [property: Id(4)] int Voters,
    [property: Id(5)] int RankInArea,
    [property: Id(6)] int RankOverall,
    [property: Id(7)] IReadOnlyList<OnBehalf>? OnBehalf = null);

/// <summary>
/// The result of a prioritisation round, frozen when the facilitator closes it; part of the meeting's record.
/// <see cref="OnBehalfDots"/>: how many of the dots were entered on someone's behalf, <see cref="OnBehalf"/> for whom
/// and by whom (dots are public, like stickers on a wall, so the names are too).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ProposalRanking")]
public sealed record ProposalRanking(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] int DotsPerVoter,
    [property: Id(3)] int VotersCount,
    [property: Id(4)] IReadOnlyList<RankedProposal> Entries,
    [property: Id(5)] Guid? AgendaItemId = null,
    [property: Id(6)] int OnBehalfDots = 0,
    [property: Id(7)] IReadOnlyList<OnBehalf>? OnBehalf = null);

/// <summary>
/// The proposals board as one person sees it: whether new proposals stay hidden (private brainstorm), the
/// proposals, the open prioritisation round's dots per voter (null: none open), one's own dots, and the
/// rankings of closed rounds. <see cref="TotalsHidden"/>: the open round's totals are kept from this viewer until
/// it closes (every proposal then shows 0 dots and 0 voters). <see cref="TotalsPublic"/>: an open round's totals are
/// shown to everyone (the room screen shows them only then, whoever opened it).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.BoardView")]
public sealed record BoardView(
    [property: Id(0)] bool Brainstorm,
    [property: Id(1)] IReadOnlyList<ProposalView> Proposals,
    [property: Id(2)] int? RoundDots,
    [property: Id(3)] IReadOnlyDictionary<Guid, int> YourDots,
    [property: Id(4)] IReadOnlyList<ProposalRanking> Rankings,
    [property: Id(5)] bool TotalsHidden = false,
    [property: Id(6)] bool TotalsPublic = false);

/// <summary>Dots one voter puts on one proposal.</summary>
[GenerateSerializer, Immutable, Alias("cp.DotPlacement")]
public sealed record DotPlacement([property: Id(0)] Guid ProposalId, [property: Id(1)] int Dots);
