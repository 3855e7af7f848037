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

/// <summary>
/// How many observers are connected now. Observers are counted, not listed: their arrivals and departures are
/// not events of their own, and this one goes out at most once a second.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.AudienceChanged")]
public sealed record AudienceChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] int Watching) : MeetingEvent(MeetingId, Seq);

/// <summary>A roster entry was added or changed; an observer's only when it changes (removed, say), not when they are admitted.</summary>
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

/// <summary>The programme or its current item changed; carries the whole (small) agenda.</summary>
[GenerateSerializer, Immutable, Alias("cp.AgendaChanged")]
public sealed record AgendaChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] Agenda Agenda) : MeetingEvent(MeetingId, Seq);

/// <summary>The countdown was started, paused, extended, reset, cleared (null) or finished.</summary>
[GenerateSerializer, Immutable, Alias("cp.TimerChanged")]
public sealed record TimerChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] MeetingTimer? Timer) : MeetingEvent(MeetingId, Seq);

/// <summary>A hand was raised or lowered, the queue reordered, the floor given or ended, the limit changed.</summary>
[GenerateSerializer, Immutable, Alias("cp.SpeakersChanged")]
public sealed record SpeakersChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] Speakers Speakers) : MeetingEvent(MeetingId, Seq);

/// <summary>The facilitator brought everyone to something else.</summary>
[GenerateSerializer, Immutable, Alias("cp.FocusChanged")]
public sealed record FocusChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] Focus Focus) : MeetingEvent(MeetingId, Seq);

/// <summary>The room screens were blanked or shown again, or the join card's public code changed (read it again).</summary>
[GenerateSerializer, Immutable, Alias("cp.RoomScreenChanged")]
public sealed record RoomScreenChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] RoomScreen Screen) : MeetingEvent(MeetingId, Seq);

/// <summary>A moderation action was recorded (the roster or details change comes as its own event).</summary>
[GenerateSerializer, Immutable, Alias("cp.ModerationRecorded")]
public sealed record ModerationRecorded(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] ModerationRecord Record) : MeetingEvent(MeetingId, Seq);

/// <summary>
/// Two seats became one: <see cref="MergedId"/> is gone from the roster and its connections go on as <see cref="Kept"/>,
/// who is present when either was (<see cref="KeptPresent"/>). Speakers, polls and the board follow as their own events.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SeatsMerged")]
public sealed record SeatsMerged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] RosterEntry Kept,
    [property: Id(1)] Guid MergedId,
    [property: Id(2)] bool KeptPresent) : MeetingEvent(MeetingId, Seq);
