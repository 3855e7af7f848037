using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using Orleans.Concurrency;

namespace CommunityPlanning.Meetings;

/// <summary>
/// One meeting: details, phase, roster, invites and live presence. The single authority on who may do what
/// in it: every method that takes an <see cref="Actor"/> checks that actor's role here.
/// </summary>
[Alias("cp.IMeetingGrain")]
public interface IMeetingGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the working group grain.</summary>
    [Alias("Create")]
    Task<MeetingDetails> Create(MeetingCreation creation);

    /// <summary>The meeting's details (for organizers' lists), or <c>not_found</c>.</summary>
    [Alias("GetDetails")]
    Task<MeetingDetails> GetDetails();

    /// <summary>
    /// The working group says the account no longer manages it: its entry here is removed and its connections close.
    /// One-way: the group never waits for its meetings, which call the group (no call cycle between them).
    /// </summary>
    [Alias("EndOrganizerAccess"), OneWay]
    Task EndOrganizerAccess(Guid accountId);

    /// <summary>
    /// The actor's roster entry (created on first use for the group's managers and administrators), or <c>forbidden</c>.
    /// </summary>
    [Alias("Authorize")]
    Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast);

    /// <summary>
    /// The actor's roster entry if they may change shared content now (participant or above, meeting not
    /// ended), else <c>forbidden</c> or <c>meeting.ended</c>. Read-only, so it never waits behind a write.
    /// </summary>
    [Alias("AuthorizeContribution"), Orleans.Concurrency.ReadOnly]
    Task<RosterEntry> AuthorizeContribution(Actor actor);

    [Alias("GetSnapshot")]
    Task<MeetingSnapshot> GetSnapshot(Actor actor);

    /// <summary>Registers a live connection of the actor and returns the snapshot it starts from.</summary>
    [Alias("Connect")]
    Task<MeetingSnapshot> Connect(Actor actor, string webServerId, string connectionId);

    [Alias("Disconnect")]
    Task Disconnect(string webServerId, string connectionId);

    /// <summary>
    /// Subscribes or renews a web server's relay. The web server lists every connection it holds for this
    /// meeting, so presence is rebuilt after the grain moves and dropped for servers whose lease ran out.
    /// </summary>
    [Alias("Subscribe")]
    Task Subscribe(string webServerId, IMeetingObserver observer, IReadOnlyList<ConnectionClaim> connections);

    [Alias("Unsubscribe")]
    Task Unsubscribe(string webServerId);

    /// <summary>The observers (not removed), for the facilitators only: the snapshot carries just their number.</summary>
    [Alias("GetAudience")]
    Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor);

    /// <summary>
    /// The codes the room screen's join card shows now (anyone in the meeting; the participants' code to facilitators
    /// only). With nothing shown the card carries the public code, if there is one.
    /// </summary>
    [Alias("GetJoinCard")]
    Task<JoinCard> GetJoinCard(Actor actor);

    /// <summary>
    /// Runs a live-meeting command (agenda, timer, speakers, focus, moderation, attendance) after checking the
    /// actor's role for it; returns the sequence number of the last event it published.
    /// </summary>
    [Alias("Execute")]
    Task<long> Execute(Actor actor, MeetingCommand command);

    /// <summary>
    /// Votes (or changes one's vote) in an open poll; in a secret poll the first vote returns the receipt that
    /// alone can change it.
    /// </summary>
    [Alias("CastVote")]
    Task<VoteReceipt> CastVote(Actor actor, Guid pollId, IReadOnlyList<int> values, string? receipt);

    /// <summary>One's own ballot: by person in a named poll, by receipt in a secret one (null if none).</summary>
    [Alias("GetBallot")]
    Task<IReadOnlyList<int>?> GetBallot(Actor actor, Guid pollId, string? receipt);

    /// <summary>The proposals board as the actor may see it (hidden proposals: only their own, or all for facilitators).</summary>
    [Alias("GetBoard")]
    Task<BoardView> GetBoard(Actor actor);

    /// <summary>The document where the notes per agenda item are co-edited (created on first use, a section per item).</summary>
    [Alias("OpenMinutes")]
    Task<Guid> OpenMinutes(Actor actor);

    /// <summary>
    /// The actor's roster entry if they may write the notes now: participants while the meeting runs, facilitators
    /// also afterwards; else <c>forbidden</c>, <c>meeting.ended</c> or <c>participant.muted</c>.
    /// </summary>
    [Alias("AuthorizeMinutesEdit"), Orleans.Concurrency.ReadOnly]
    Task<RosterEntry> AuthorizeMinutesEdit(Actor actor);

    /// <summary>The minutes as they stand now (no version) or an approved version, for participants and above.</summary>
    [Alias("GetMinutes")]
    Task<MinutesView> GetMinutes(Actor actor, int? version);

    /// <summary>Every task of the meeting (for the group's task list).</summary>
    [Alias("GetActionItems")]
    Task<IReadOnlyList<ActionItem>> GetActionItems();

    /// <summary>
    /// Imports a previous workshop's record (facilitator, meeting not ended): a vision document in the meeting's
    /// group when the meeting has none, and the proposals onto the board under the areas of the same heading.
    /// </summary>
    [Alias("ImportVision")]
    Task<VisionImportResult> ImportVision(Actor actor, VisionImport import);

    [Alias("ChangePhase")]
    Task<MeetingDetails> ChangePhase(Actor actor, MeetingPhase phase);

    [Alias("SetPublicWatch")]
    Task<MeetingDetails> SetPublicWatch(Actor actor, bool enabled);

    [Alias("CreateInvite")]
    Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt);

    [Alias("ListInvites")]
    Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor);

    [Alias("RevokeInvite")]
    Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId);

    /// <summary>
    /// Called by the invite grain: admits a new roster entry if the invite is still valid. A person who holds a ticket
    /// of this meeting (<paramref name="heldParticipantId"/>) gets their seat back; a removed person, recognised by that
    /// ticket or by their name, is refused with <c>participant.removed</c> until readmitted. A name that a seat of the same
    /// invite already has is refused with <c>participant.name_taken</c> unless <paramref name="confirmSeat"/> says it is
    /// the same person, who then takes that seat back (never while it is connected: <c>participant.seat_in_use</c>).
    /// </summary>
    [Alias("AdmitByInvite")]
    Task<RosterEntry> AdmitByInvite(Guid inviteId, string displayName, Guid? heldParticipantId, bool confirmSeat = false);

    /// <summary>
    /// Admits an anonymous observer when the facilitator has switched public watching on; someone removed (by the
    /// ticket they hold, or their name) is refused with <c>participant.removed</c>.
    /// </summary>
    [Alias("AdmitPublicObserver")]
    Task<RosterEntry> AdmitPublicObserver(string displayName, Guid? heldParticipantId = null);

    /// <summary>
    /// A new join code for the public observer link (facilitator, public watching on); it replaces the previous one,
    /// and switching public watching off ends it.
    /// </summary>
    [Alias("IssuePublicCode")]
    Task<string> IssuePublicCode(Actor actor);

    /// <summary>
    /// What an invite (<paramref name="inviteId"/>) or, without one, the public code of hash <paramref name="codeHash"/>
    /// admits to, if it still does; refuses as admitting would.
    /// </summary>
    [Alias("PreviewAdmission")]
    Task<JoinPreview> PreviewAdmission(Guid? inviteId, string? codeHash);

    /// <summary>Admits a public observer by the current public code (<c>join_code.invalid</c> for any other).</summary>
    [Alias("AdmitByPublicCode")]
    Task<RosterEntry> AdmitByPublicCode(string codeHash, string displayName, Guid? heldParticipantId);
}
