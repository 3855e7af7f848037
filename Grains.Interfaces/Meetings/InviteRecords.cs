namespace CommunityPlanning.Meetings;

/// <summary>
/// An invite link as the facilitator sees it; the token itself is shown once, at creation. <see cref="Guest"/>: it admits
/// a guest who may speak but not vote (a provider's representative at their development intention's item).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.InviteInfo")]
public sealed record InviteInfo(
    [property: Id(0)] Guid InviteId,
    [property: Id(1)] MeetingRole Role,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? ExpiresAt,
    [property: Id(4)] DateTimeOffset? RevokedAt,
    [property: Id(5)] int Uses,
    [property: Id(6)] InviteGuest? Guest = null);

/// <summary>What a guest invite says about its guest: a label (the provider they represent) and the intention they come for.</summary>
[GenerateSerializer, Immutable, Alias("cp.InviteGuest")]
public sealed record InviteGuest(
    [property: Id(0)] string Label,
    [property: Id(1)] Guid? IntentionId);

[GenerateSerializer, Immutable, Alias("cp.CreatedInvite")]
public sealed record CreatedInvite(
    [property: Id(0)] InviteInfo Info,
    [property: Id(1)] string Token,
    [property: Id(2)] string? Code = null);

/// <summary>What the invite grain holds: which meeting and invite a token hash stands for.</summary>
[GenerateSerializer, Immutable, Alias("cp.InviteTarget")]
public sealed record InviteTarget(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] Guid InviteId);

/// <summary>A seat a participant ticket proves: roster entry <see cref="ParticipantId"/> of meeting <see cref="MeetingId"/>.</summary>
[GenerateSerializer, Immutable, Alias("cp.HeldSeat")]
public sealed record HeldSeat(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] Guid ParticipantId);

[GenerateSerializer, Immutable, Alias("cp.Admission")]
public sealed record Admission(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] RosterEntry Entry);
