using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using Orleans.Concurrency;

namespace CommunityPlanning.Meetings;

/// <summary>
/// One meeting: its details and phase, agenda, countdown, speakers, focus and room screen, and the entry to its parts
/// (roster, ballot box, board, record, moderation log, feed). Every method that takes an <see cref="Actor"/> has the
/// meeting's roster (<see cref="IMeetingRosterGrain"/>, the single authority on who may do what) check that actor's role.
/// Methods marked read-only change nothing of the meeting's own state (what they change is the roster's), so many
/// people connecting at once do not wait for one another here.
/// </summary>
[Alias("cp.IMeetingGrain")]
public interface IMeetingGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the working group grain.</summary>
    [Alias("Create")]
    Task<MeetingDetails> Create(MeetingCreation creation);

    /// <summary>The meeting's details (for organizers' lists), or <c>not_found</c>.</summary>
    [Alias("GetDetails"), ReadOnly]
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
    [Alias("Authorize"), ReadOnly]
    Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast);

    [Alias("GetSnapshot"), ReadOnly]
    Task<MeetingSnapshot> GetSnapshot(Actor actor);

    /// <summary>Registers a live connection of the actor and returns the snapshot it starts from.</summary>
    [Alias("Connect"), ReadOnly]
    Task<MeetingSnapshot> Connect(Actor actor, string webServerId, string connectionId);

    [Alias("Disconnect"), ReadOnly]
    Task Disconnect(string webServerId, string connectionId);

    /// <summary>
    /// Subscribes or renews a web server's relay. The web server lists every connection it holds for this
    /// meeting, so presence is rebuilt after the grain moves and dropped for servers whose lease ran out.
    /// </summary>
    [Alias("Subscribe"), ReadOnly]
    Task Subscribe(string webServerId, IMeetingObserver observer, IReadOnlyList<ConnectionClaim> connections);

    [Alias("Unsubscribe"), ReadOnly]
    Task Unsubscribe(string webServerId);

    /// <summary>The observers (not removed), for the facilitators only: the snapshot carries just their number.</summary>
    [Alias("GetAudience"), ReadOnly]
    Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor);

    /// <summary>
    /// The codes the room screen's join card shows now (anyone in the meeting; the participants' code to facilitators
    /// only). With nothing shown the card carries the public code, if there is one.
    /// </summary>
    [Alias("GetJoinCard")]
    Task<JoinCard> GetJoinCard(Actor actor);

    /// <summary>The video-call link (null: none), to participants and facilitators only: it never goes out as JSON in
    /// details, which observers and the public receive.</summary>
    [Alias("GetVideoCall"), ReadOnly]
    Task<string?> GetVideoCall(Actor actor);

    /// <summary>
    /// Runs a live-meeting command (agenda, timer, speakers, focus, moderation, attendance) after checking the
    /// actor's role for it; returns the sequence number of the last event it published.
    /// </summary>
    [Alias("Execute")]
    Task<long> Execute(Actor actor, MeetingCommand command);

    /// <summary>
    /// Votes (or changes one's vote) in an open poll; in a secret poll the first vote returns the receipt that
    /// alone can change it. With <paramref name="onBehalfOf"/> the facilitator or an allowed proxy enters the vote for
    /// that person (<see cref="OnBehalf"/>).
    /// </summary>
    [Alias("CastVote"), ResponseTimeout(InteractiveCall.Timeout)]
    Task<VoteReceipt> CastVote(Actor actor, Guid pollId, IReadOnlyList<int> values, string? receipt, Guid? onBehalfOf = null);

    /// <summary>One's own ballot: by person in a named poll, by receipt in a secret one (null if none).</summary>
    [Alias("GetBallot"), ReadOnly]
    Task<IReadOnlyList<int>?> GetBallot(Actor actor, Guid pollId, string? receipt);

    /// <summary>The proposals board as the actor may see it (hidden proposals: only their own, or all for facilitators).</summary>
    [Alias("GetBoard"), ReadOnly]
    Task<BoardView> GetBoard(Actor actor);

    /// <summary>The document where the notes per agenda item are co-edited (created on first use, a section per item).</summary>
    [Alias("OpenMinutes")]
    Task<Guid> OpenMinutes(Actor actor);

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

    [Alias("CreateInvite"), ReadOnly]
    Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt);

    [Alias("ListInvites"), ReadOnly]
    Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor);

    [Alias("RevokeInvite"), ReadOnly]
    Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId);

    /// <summary>
    /// A new join code for the public observer link (facilitator, public watching on); it replaces the previous one,
    /// and switching public watching off ends it.
    /// </summary>
    [Alias("IssuePublicCode")]
    Task<string> IssuePublicCode(Actor actor);
}
