using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;

namespace CommunityPlanning.Voting;

[GenerateSerializer, Immutable, Alias("cp.CreatePoll")]
public sealed record CreatePoll([property: Id(0)] PollDraft Poll) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.OpenPoll")]
public sealed record OpenPoll([property: Id(0)] Guid PollId) : MeetingCommand;

/// <summary>
/// Closes a poll and freezes its result. <see cref="BelowMinimum"/> says what to do when a secret poll has fewer
/// ballots than the minimum turnout (without it such a close is refused); it changes nothing otherwise.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ClosePoll")]
public sealed record ClosePoll(
    [property: Id(0)] Guid PollId,
    [property: Id(1)] LowTurnoutChoice? BelowMinimum = null) : MeetingCommand;

/// <summary>Takes a person out of one poll (conflict of interest) or back in.</summary>
[GenerateSerializer, Immutable, Alias("cp.RecuseVoter")]
public sealed record RecuseVoter([property: Id(0)] Guid PollId, [property: Id(1)] Guid ParticipantId, [property: Id(2)] bool Recused) : MeetingCommand;

/// <summary>Withdraws or restores a person's right to vote in the meeting (guests, staff).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetVotingRight")]
public sealed record SetVotingRight([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool CanVote) : MeetingCommand;

/// <summary>A proposal; <see cref="OnBehalfOf"/>: the person it is entered for, who is then its author (facilitators and allowed proxies only).</summary>
[GenerateSerializer, Immutable, Alias("cp.AddProposal")]
public sealed record AddProposal([property: Id(0)] Guid? AreaId, [property: Id(1)] string Text, [property: Id(2)] Guid? OnBehalfOf = null) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.EditProposal")]
public sealed record EditProposal([property: Id(0)] Guid ProposalId, [property: Id(1)] string Text) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.MoveProposal")]
public sealed record MoveProposal([property: Id(0)] Guid ProposalId, [property: Id(1)] Guid? AreaId) : MeetingCommand;

/// <summary>Merges a duplicate into another proposal: authors and dots carried over, no voter's dots counted twice.</summary>
[GenerateSerializer, Immutable, Alias("cp.MergeProposals")]
public sealed record MergeProposals([property: Id(0)] Guid TargetId, [property: Id(1)] Guid SourceId) : MeetingCommand;

/// <summary>Links a proposal to the plan objective it would carry out (null: no link); its author or a facilitator.</summary>
[GenerateSerializer, Immutable, Alias("cp.LinkProposal")]
public sealed record LinkProposal([property: Id(0)] Guid ProposalId, [property: Id(1)] ObjectiveLink? Objective) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.RemoveProposal")]
public sealed record RemoveProposal([property: Id(0)] Guid ProposalId) : MeetingCommand;

/// <summary>Private brainstorm on: new proposals stay hidden from the others until revealed.</summary>
[GenerateSerializer, Immutable, Alias("cp.SetBrainstorm")]
public sealed record SetBrainstorm([property: Id(0)] bool Hidden) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.RevealProposals")]
public sealed record RevealProposals : MeetingCommand;

/// <summary>
/// Opens a dot round. Without <see cref="ShowTotals"/> participants do not see the totals until the round closes
/// (so early dots do not steer later ones); facilitators always see them.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.StartPrioritisation")]
public sealed record StartPrioritisation([property: Id(0)] int DotsPerVoter, [property: Id(1)] bool ShowTotals = false) : MeetingCommand;

/// <summary>
/// A voter's whole allocation of dots in the open round (replaces the previous one); <see cref="OnBehalfOf"/>: the
/// person whose dots these are, entered by a facilitator or an allowed proxy.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PlaceDots")]
public sealed record PlaceDots([property: Id(0)] IReadOnlyList<DotPlacement> Placements, [property: Id(1)] Guid? OnBehalfOf = null) : MeetingCommand;

/// <summary>Closes the round and freezes its ranking into the meeting's record.</summary>
[GenerateSerializer, Immutable, Alias("cp.ClosePrioritisation")]
public sealed record ClosePrioritisation : MeetingCommand;
