using System.Text.Json.Serialization;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// What an organizer enters for a new meeting; <see cref="StartsAt"/> is Prague wall-clock time. <see cref="TimeUnknown"/>:
/// only the day is known (a past meeting imported from a record that gives no time); the meeting starts at that day's
/// midnight and the time is never printed.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingDraft")]
public sealed record MeetingDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] DateTime StartsAt,
    [property: Id(2)] string? Place,
    [property: Id(3)] string? OnlineUrl,
    [property: Id(4)] Guid? VisionDocumentId,
    [property: Id(5)] bool TimeUnknown = false);

/// <summary>Sent by the working group grain to the new meeting grain.</summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingCreation")]
public sealed record MeetingCreation(
    [property: Id(0)] Guid WorkingGroupId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] string? Place,
    [property: Id(4)] string? OnlineUrl,
    [property: Id(5)] Guid FacilitatorAccountId,
    [property: Id(6)] string FacilitatorName,
    [property: Id(7)] Guid? VisionDocumentId,
    [property: Id(8)] Guid? PreviousMeetingId = null,
    [property: Id(9)] bool TimeUnknown = false);

/// <summary>
/// A meeting's details and settings. <see cref="OnlineUrl"/> is its video-call link: it never goes out as JSON (events
/// and snapshots reach observers and the public), only through <c>GetVideoCall</c> to participants and facilitators;
/// <see cref="VideoCall"/> says whether there is one. <see cref="Room"/> is the place in the building ("zasedací
/// místnost 2. patro"), public like <see cref="Place"/>. <see cref="TimeUnknown"/>: only the day is known
/// (<see cref="MeetingDraft.TimeUnknown"/>); pages and records print the date without a time.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingDetails")]
public sealed record MeetingDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid WorkingGroupId,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset StartsAt,
    [property: Id(4)] string? Place,
    [property: Id(5), JsonIgnore] string? OnlineUrl,
    [property: Id(6)] Guid FacilitatorAccountId,
    [property: Id(7)] string FacilitatorName,
    [property: Id(8)] MeetingPhase Phase,
    [property: Id(9)] Guid? VisionDocumentId,
    [property: Id(10)] bool PublicWatchEnabled,
    [property: Id(11)] bool ArrivalsClosed = false,
    [property: Id(12)] Guid? LeadParticipantId = null,
    [property: Id(13)] string? Room = null,
    [property: Id(14)] bool TimeUnknown = false)
{
    public bool VideoCall => OnlineUrl is not null;
}

/// <summary>
/// A person in the meeting. Muted people may watch but not contribute; removed people may not come back until the
/// facilitator readmits them; <see cref="InviteId"/> is the link they came by, if any, and when that link is revoked
/// or expires their access ends (<see cref="AccessEnded"/>); people marked present by the facilitator may never
/// connect (they sit in the room). <see cref="MemberId"/> is the working group's member the seat is, when the
/// facilitator has said so (recusals and quorum of intention polls count members). <see cref="ShowName"/> and
/// <see cref="PublicRole"/> are the person's own choice of what the public (observers, public exports) sees of them:
/// their name, or only the role and organisation they wrote (the default: <c>PublicView</c>).
/// <see cref="Proxy"/>: the facilitator lets this participant enter input on someone else's behalf (<see cref="AllowProxy"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RosterEntry")]
public sealed record RosterEntry(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] MeetingRole Role,
    [property: Id(3)] Guid? AccountId,
    [property: Id(4)] DateTimeOffset AddedAt,
    [property: Id(5)] bool Muted = false,
    [property: Id(6)] bool Removed = false,
    [property: Id(7)] Attendance Attendance = Attendance.Unmarked,
    [property: Id(8)] AttendeeKind Kind = AttendeeKind.Member,
    [property: Id(9)] Guid? InviteId = null,
    [property: Id(10)] bool NoVotingRight = false,
    [property: Id(11)] bool AccessEnded = false,
    [property: Id(12)] Guid? MemberId = null,
    [property: Id(13)] bool ShowName = false,
    [property: Id(14)] string? PublicRole = null,
    [property: Id(15)] bool Proxy = false);

/// <summary>
/// Everything a client needs to render a meeting; events with a higher sequence number follow it. The roster and
/// presence list participants and facilitators; observers are a count (<see cref="Watching"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingSnapshot")]
public sealed record MeetingSnapshot(
    [property: Id(0)] MeetingDetails Details,
    [property: Id(1)] IReadOnlyList<RosterEntry> Roster,
    [property: Id(2)] IReadOnlyList<Guid> Present,
    [property: Id(3)] long Seq,
    [property: Id(4)] RosterEntry You,
    [property: Id(5)] Agenda Agenda,
    [property: Id(6)] MeetingTimer? Timer,
    [property: Id(7)] Speakers Speakers,
    [property: Id(8)] Focus Focus,
    [property: Id(9)] IReadOnlyList<ModerationRecord> Moderation,
    [property: Id(10)] DateTimeOffset ServerTime,
    [property: Id(11)] IReadOnlyList<PollView> Polls,
    [property: Id(12)] BoardView Board,
    [property: Id(13)] IReadOnlyList<ActionItem> ActionItems,
    [property: Id(14)] MinutesInfo Minutes,
    [property: Id(15)] int Watching,
    [property: Id(16)] RoomScreen RoomScreen);

/// <summary>An observer as the facilitators see them: the entry, and whether they are connected now.</summary>
[GenerateSerializer, Immutable, Alias("cp.AudienceMember")]
public sealed record AudienceMember(
    [property: Id(0)] RosterEntry Entry,
    [property: Id(1)] bool Watching);

/// <summary>A SignalR connection that a web server holds for a participant of the meeting.</summary>
[GenerateSerializer, Immutable, Alias("cp.ConnectionClaim")]
public sealed record ConnectionClaim(
    [property: Id(0)] string ConnectionId,
    [property: Id(1)] Guid ParticipantId);
