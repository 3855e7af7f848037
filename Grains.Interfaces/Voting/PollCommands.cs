using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

[GenerateSerializer, Immutable, Alias("cp.CreatePoll")]
public sealed record CreatePoll([property: Id(0)] PollDraft Poll) : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.OpenPoll")]
public sealed record OpenPoll([property: Id(0)] Guid PollId) : MeetingCommand;

/// <summary>Closes a poll and freezes its result.</summary>
[GenerateSerializer, Immutable, Alias("cp.ClosePoll")]
public sealed record ClosePoll([property: Id(0)] Guid PollId) : MeetingCommand;

/// <summary>Takes a person out of one poll (conflict of interest) or back in.</summary>
[GenerateSerializer, Immutable, Alias("cp.RecuseVoter")]
public sealed record RecuseVoter([property: Id(0)] Guid PollId, [property: Id(1)] Guid ParticipantId, [property: Id(2)] bool Recused) : MeetingCommand;

/// <summary>Withdraws or restores a person's right to vote in the meeting (guests, staff).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetVotingRight")]
public sealed record SetVotingRight([property: Id(0)] Guid ParticipantId, [property: Id(1)] bool CanVote) : MeetingCommand;
