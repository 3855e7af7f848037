using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// One person of the roster as the ballot box needs them: the name (for named ballots) and whether they may vote now
/// (role, voting right, not removed or muted, present online or in the room), before any recusal in a poll.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.Elector")]
public sealed record Elector([property: Id(0)] Guid ParticipantId, [property: Id(1)] string DisplayName, [property: Id(2)] bool MayVote);

/// <summary>Who may vote, as the meeting stands while it waits for the ballot box: its participants and facilitators.</summary>
[GenerateSerializer, Immutable, Alias("cp.Electorate")]
public sealed record Electorate([property: Id(0)] IReadOnlyList<Elector> People);

/// <summary>What a poll command changed: events to publish, and a moderation record to keep (a secret poll closed below the minimum turnout).</summary>
[GenerateSerializer, Immutable, Alias("cp.PollsChange")]
public sealed record PollsChange([property: Id(0)] IReadOnlyList<MeetingEvent> Events, [property: Id(1)] ModerationRecord? Recorded);

/// <summary>A stored ballot: the receipt (a new or the same secret ballot's; null in a named poll) and the events to publish.</summary>
[GenerateSerializer, Immutable, Alias("cp.VoteCast")]
public sealed record VoteCast([property: Id(0)] string? Receipt, [property: Id(1)] IReadOnlyList<MeetingEvent> Events);
