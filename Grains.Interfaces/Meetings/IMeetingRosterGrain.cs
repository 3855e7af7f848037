using CommunityPlanning.Common;
using CommunityPlanning.Documents;

namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's people (same key as the meeting): its roster, invites and merged seats, who is connected, who is let in
/// and who may do what. The single authority on a person's role in the meeting: the meeting, its documents and the
/// invite and join-code grains ask it. It tells the meeting's feed of its own changes, each after it is stored; it
/// calls the feed, the ballot box, the board, the moderation log, the invite and join-code grains and the working
/// group (who manages it), never the meeting or a document, so no call comes back to it.
/// </summary>
[Alias("cp.IMeetingRosterGrain")]
public interface IMeetingRosterGrain : IGrainWithGuidKey
{
    /// <summary>The meeting tells what the roster must know of it (stored only when it changed).</summary>
    [Alias("Describe")]
    Task Describe(RosterContext context);

    /// <summary>
    /// The actor's roster entry (created on first use for the group's managers and administrators) if its role is at
    /// least <paramref name="atLeast"/>, or <c>forbidden</c>, <c>participant.removed</c>, <c>invite.revoked</c> …
    /// </summary>
    [Alias("Authorize")]
    Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast);

    /// <summary>The actor's usable entry without creating one (<c>forbidden</c> when there is none).</summary>
    [Alias("Seat")]
    Task<RosterEntry> Seat(Actor actor);

    /// <summary>
    /// The caller's entry if they may do <paramref name="access"/> to the document in this meeting: reading needs a
    /// place in the meeting, facilitating a facilitator; contributing to the vision document needs a participant until
    /// the end, to the minutes a participant until the end and a facilitator afterwards; a muted person contributes
    /// nothing. <c>forbidden</c> for a document the meeting does not use.
    /// </summary>
    [Alias("AuthorizeDocument")]
    Task<RosterEntry> AuthorizeDocument(Actor actor, Guid documentId, DocumentAccess access);

    /// <summary>
    /// The actor's entry if they may change shared content now (<paramref name="atLeast"/> or above, meeting not ended,
    /// not muted), else <c>forbidden</c>, <c>meeting.ended</c> or <c>participant.muted</c>. Observers contribute only
    /// questions from the audience.
    /// </summary>
    [Alias("AuthorizeContribution")]
    Task<RosterEntry> AuthorizeContribution(Actor actor, MeetingRole atLeast = MeetingRole.Participant);

    /// <summary>
    /// The actor's entry if they may write the notes now: participants while the meeting runs, facilitators also
    /// afterwards; else <c>forbidden</c>, <c>meeting.ended</c> or <c>participant.muted</c>.
    /// </summary>
    [Alias("AuthorizeMinutesEdit")]
    Task<RosterEntry> AuthorizeMinutesEdit(Actor actor);

    /// <summary>The people as a snapshot shows them; with <paramref name="everyone"/> the observers too.</summary>
    [Alias("View")]
    Task<RosterView> View(bool everyone);

    /// <summary>The observers (not removed) with whether they watch now, for facilitators.</summary>
    [Alias("GetAudience")]
    Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor);

    /// <summary>A live connection of the actor; returns their entry.</summary>
    [Alias("Connect")]
    Task<RosterEntry> Connect(Actor actor, string webServerId, string connectionId);

    [Alias("Disconnect")]
    Task Disconnect(string webServerId, string connectionId);

    /// <summary>Renews a web server's lease with every connection it holds (presence is rebuilt after a move).</summary>
    [Alias("Subscribe")]
    Task Subscribe(string webServerId, IReadOnlyList<ConnectionClaim> connections);

    /// <summary>The web server's connections are gone.</summary>
    [Alias("Unsubscribe")]
    Task Unsubscribe(string webServerId);

    /// <summary>A new invite; with <paramref name="guest"/>, those it admits are guests without a voting right.</summary>
    [Alias("CreateInvite")]
    Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt, InviteGuest? guest = null);

    [Alias("ListInvites")]
    Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor);

    [Alias("RevokeInvite")]
    Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId);

    /// <summary>The room's participants' invite if it is still open, else a new one (for the join card).</summary>
    [Alias("RoomInvite")]
    Task<InviteInfo> RoomInvite(Guid? current);

    /// <summary>The invite if it is still open (null otherwise).</summary>
    [Alias("OpenInvite")]
    Task<InviteInfo?> OpenInvite(Guid inviteId);

    /// <summary>
    /// Admits by an invite that is still valid (called by the invite and join-code grains). A person who holds a ticket
    /// of this meeting (<paramref name="heldParticipantId"/>) gets their seat back; a removed person, recognised by that
    /// ticket or by their name, is refused with <c>participant.removed</c>; a name that a seat of the same invite already
    /// has is refused with <c>participant.name_taken</c> unless <paramref name="confirmSeat"/> says it is the same person,
    /// who then takes that seat back (never while it is connected: <c>participant.seat_in_use</c>). Admissions arriving
    /// while the roster is being written are stored together in the next write; each returns after the write that holds it.
    /// </summary>
    [Alias("AdmitByInvite")]
    Task<RosterEntry> AdmitByInvite(Guid inviteId, string displayName, Guid? heldParticipantId, bool confirmSeat = false);

    /// <summary>Admits an anonymous observer while public watching is on (someone removed is refused).</summary>
    [Alias("AdmitPublicObserver")]
    Task<RosterEntry> AdmitPublicObserver(string displayName, Guid? heldParticipantId = null);

    /// <summary>Admits a public observer by the current public code (<c>join_code.invalid</c> for any other).</summary>
    [Alias("AdmitByPublicCode")]
    Task<RosterEntry> AdmitByPublicCode(string codeHash, string displayName, Guid? heldParticipantId);

    /// <summary>What an invite or, without one, the public code of hash <paramref name="codeHash"/> admits to; refuses as admitting would.</summary>
    [Alias("PreviewAdmission")]
    Task<JoinPreview> PreviewAdmission(Guid? inviteId, string? codeHash);

    /// <summary>
    /// A facilitator's command on one person (<see cref="MuteParticipant"/>, <see cref="RemoveParticipant"/>,
    /// <see cref="ReadmitParticipant"/>, <see cref="MarkAttendance"/>, <see cref="SetAttendeeKind"/>,
    /// <see cref="AddRoomAttendee"/>, <see cref="SetVotingRight"/>), authorized by the meeting; stored and told before it returns.
    /// </summary>
    [Alias("Apply")]
    Task<RosterChange> Apply(RosterEntry by, MeetingCommand command);

    /// <summary>
    /// Two seats become one (<c>SeatMerging</c>): the ballot box and the board move what the merged seat did first, the
    /// roster is written last, and each step does nothing when done already, so a merge that failed half-way completes
    /// when it is asked again. Asked again after it completed, it answers as the first time.
    /// </summary>
    [Alias("MergeSeats")]
    Task<SeatMerge> MergeSeats(Guid keptId, Guid mergedId);

    /// <summary>A person on the roster (not necessarily usable), or <c>not_found</c>.</summary>
    [Alias("Member")]
    Task<RosterEntry> Member(Guid participantId);

    /// <summary>The account no longer manages the group: its entry is removed (returned, or null when it had none).</summary>
    [Alias("EndOrganizerAccess")]
    Task<RosterEntry?> EndOrganizerAccess(Guid accountId);
}
