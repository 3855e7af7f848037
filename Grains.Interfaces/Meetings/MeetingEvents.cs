namespace CommunityPlanning.Meetings;

/// <summary>
/// Something that happened in a meeting. <see cref="Seq"/> counts every event of the meeting without gaps,
/// so a client that sees a gap knows it missed one and fetches a snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingEvent")]
public abstract record MeetingEvent(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] long Seq);

/// <summary>A participant came (first connection) or went (last connection closed or dropped).</summary>
[GenerateSerializer, Immutable, Alias("cp.PresenceChanged")]
public sealed record PresenceChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] bool IsPresent) : MeetingEvent(MeetingId, Seq);

/// <summary>A roster entry was added or changed.</summary>
[GenerateSerializer, Immutable, Alias("cp.RosterChanged")]
public sealed record RosterChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] RosterEntry Entry) : MeetingEvent(MeetingId, Seq);

/// <summary>The meeting's details changed (phase, public watch, ...).</summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingUpdated")]
public sealed record MeetingUpdated(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] MeetingDetails Details) : MeetingEvent(MeetingId, Seq);
