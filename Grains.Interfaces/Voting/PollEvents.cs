using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>A poll was created, opened, closed, or its turnout (and live result) changed.</summary>
[GenerateSerializer, Immutable, Alias("cp.PollChanged")]
public sealed record PollChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] PollView Poll) : MeetingEvent(MeetingId, Seq);

/// <summary>The proposals board changed; hidden proposals come without text or authors.</summary>
[GenerateSerializer, Immutable, Alias("cp.BoardChanged")]
public sealed record BoardChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] BoardView Board) : MeetingEvent(MeetingId, Seq);
