using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Meetings;

/// <summary>
/// One meeting's flow (<see cref="IMeetingGrain"/>): details and phase, agenda, countdown, speakers, focus and room
/// screen (<see cref="MeetingFlow"/>), and the entry to its parts (<see cref="MeetingParts"/>): the roster decides who
/// may, the ballot box, board, record and moderation log keep their own state, and the feed numbers the events. Every
/// command is authorized by the roster, applied, stored, and only then published.
/// </summary>
public sealed class MeetingGrain(
    [PersistentState(StoredMeetingState.Name, GrainStorage.Name)] IPersistentState<MeetingState> state,
    TimeProvider time) : Grain, IMeetingGrain
{
    private readonly RoomJoinCard _joinCard = new();
    private MeetingFlow _flow = null!;
    private MeetingParts _parts = null!;
    private CommandRouting _commands = null!;
    private CountdownAlarm _countdown = null!;

    /// <summary>What the roster was last told of the meeting.</summary>
    private RosterContext? _told;

    private Guid Id => this.GetPrimaryKey();

    private MeetingDetails Details => _flow.Details;

    private IMeetingRosterGrain Roster => _parts.Roster;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _flow = new MeetingFlow(Id, () => state.State);
        _parts = new MeetingParts(GrainFactory, Id);
        _commands = new CommandRouting(Id, _flow, _parts, ServiceProvider.GetRequiredService<IIntentionVotesLocator>());
        _countdown = new CountdownAlarm(this, time, FinishCountdown);
        _countdown.Schedule(state.State.Timer);
        if (state.State.Details is not null)
        {
            await TellRoster((await _parts.Records.Get()).Minutes.DocumentId);
            await StoredMeetingParts.TakeOver(state, _parts);
        }
    }

    public async Task<MeetingDetails> Create(MeetingCreation creation)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.Details = new MeetingDetails(
            Id, creation.WorkingGroupId, creation.Title, creation.StartsAt, creation.Place, creation.OnlineUrl,
            creation.FacilitatorAccountId, creation.FacilitatorName, MeetingPhase.Scheduled, creation.VisionDocumentId,
            PublicWatchEnabled: false, TimeUnknown: creation.TimeUnknown);
        await _parts.Records.Create(creation.PreviousMeetingId);
        await TellRoster(minutesDocumentId: null);
        await state.WriteStateAsync();
        return Details;
    }

    public Task<MeetingDetails> GetDetails() => Task.FromResult(Details);

    public Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast) => Roster.Authorize(actor, atLeast);

    public async Task<MeetingSnapshot> GetSnapshot(Actor actor) =>
        await MeetingSnapshots.Compose(_flow, _parts, await Roster.Authorize(actor, MeetingRole.Observer), time.GetUtcNow());

    public async Task<MeetingSnapshot> Connect(Actor actor, string webServerId, string connectionId) =>
        await MeetingSnapshots.Compose(_flow, _parts, await Roster.Connect(actor, webServerId, connectionId), time.GetUtcNow());

    public Task Disconnect(string webServerId, string connectionId) => Roster.Disconnect(webServerId, connectionId);

    public async Task Subscribe(string webServerId, IMeetingObserver observer, IReadOnlyList<ConnectionClaim> connections)
    {
        _ = Details;
        await _parts.Feed.Subscribe(webServerId, observer);
        await Roster.Subscribe(webServerId, connections);
    }

    public async Task Unsubscribe(string webServerId)
    {
        await _parts.Feed.Unsubscribe([webServerId]);
        await Roster.Unsubscribe(webServerId);
    }

    public Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor) => Roster.GetAudience(actor);

    public Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt) => Roster.CreateInvite(actor, role, expiresAt);

    public Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor) => Roster.ListInvites(actor);

    public Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId) => Roster.RevokeInvite(actor, inviteId);

    public async Task<JoinCard> GetJoinCard(Actor actor)
    {
        var entry = await Roster.Authorize(actor, MeetingRole.Observer);
        return await _joinCard.Read(Id, state.State, entry.Role, _parts);
    }

    public async Task<string?> GetVideoCall(Actor actor)
    {
        await Roster.Authorize(actor, MeetingRole.Participant);
        return Details.OnlineUrl;
    }

    public async Task<long> Execute(Actor actor, MeetingCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var by = await Roster.Authorize(actor, CommandRouting.RoleFor(command));
        if (command is not RecordCommand)
        {
            _flow.RequireNotEnded();
        }

        if (by.Muted && by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        var changes = new MeetingChanges();
        await _commands.Apply(by, command, time.GetUtcNow(), changes);
        var seq = await Publish(changes);
        _countdown.Schedule(state.State.Timer);
        return seq;
    }

    public async Task<MeetingDetails> ChangePhase(Actor actor, MeetingPhase phase)
    {
        var by = await Roster.Authorize(actor, MeetingRole.Facilitator);
        TextRules.Defined(phase);
        if (phase <= Details.Phase)
        {
            throw new DomainException(ErrorCodes.InvalidPhaseChange);
        }

        var changes = new MeetingChanges();
        _flow.PhaseChanged(by, phase, time.GetUtcNow(), changes);
        if (phase == MeetingPhase.Live)
        {
            changes.AddRange(await _parts.Records.CarryOver());
        }

        await Publish(changes);
        _countdown.Schedule(state.State.Timer);
        return Details;
    }

    public async Task<MeetingDetails> SetPublicWatch(Actor actor, bool enabled)
    {
        await AuthorizeChange(actor);
        var changes = new MeetingChanges();
        _flow.SetDetails(Details with { PublicWatchEnabled = enabled }, changes);
        if (!enabled)
        {
            // Switched off, the public code ends for good: switching on again needs a new one.
            RoomJoinCard.SetPublicCode(state.State, null);
        }

        await Publish(changes);
        return Details;
    }

    public async Task<string> IssuePublicCode(Actor actor)
    {
        await AuthorizeChange(actor);
        if (!Details.PublicWatchEnabled)
        {
            throw new DomainException(ErrorCodes.PublicWatchDisabled);
        }

        var code = await JoinCodes.Issue(GrainFactory, new JoinCodeTarget(Id, InviteId: null));
        RoomJoinCard.SetPublicCode(state.State, code);
        // Room screens showing the earlier code read the card again.
        var changes = new MeetingChanges();
        _flow.SetRoomScreen(state.State.RoomScreen.Blanked, time.GetUtcNow(), changes);
        await Publish(changes);
        return code;
    }

    public async Task EndOrganizerAccess(Guid accountId)
    {
        var changes = new MeetingChanges();
        await _commands.Moderation.EndOrganizerAccess(accountId, time.GetUtcNow(), changes);
        await Publish(changes);
    }

    /// <summary>Votes, one's own vote or (<paramref name="onBehalfOf"/>) someone else's (<see cref="PartCommands.Vote"/>).</summary>
    public async Task<VoteReceipt> CastVote(Actor actor, Guid pollId, IReadOnlyList<int> values, string? receipt, Guid? onBehalfOf)
    {
        var voter = await Roster.Authorize(actor, MeetingRole.Participant);
        _flow.RequireNotEnded();
        var changes = new MeetingChanges();
        var kept = await _commands.Content.Vote(voter, pollId, values, receipt, onBehalfOf, time.GetUtcNow(), changes);
        return new VoteReceipt(pollId, kept, await Publish(changes));
    }

    public async Task<IReadOnlyList<int>?> GetBallot(Actor actor, Guid pollId, string? receipt) =>
        await _parts.Polls.GetBallot((await Roster.Seat(actor)).ParticipantId, pollId, receipt);

    public async Task<BoardView> GetBoard(Actor actor)
    {
        var entry = await Roster.Authorize(actor, MeetingRole.Observer);
        var board = await _parts.Board.Get(entry.ParticipantId, entry.Role == MeetingRole.Facilitator);
        return entry.Role == MeetingRole.Observer ? PublicView.Board(board, PublicView.Labels((await Roster.View(everyone: true)).Entries.ToDictionary(e => e.ParticipantId).GetValueOrDefault)) : board;
    }

    public async Task<Guid> OpenMinutes(Actor actor)
    {
        await Roster.Authorize(actor, MeetingRole.Observer);
        var opened = await _parts.Records.OpenMinutes(new MinutesInputs(Details, state.State.Agenda));
        await Publish(MeetingChanges.Of(opened.Events), opened.DocumentId);
        return opened.DocumentId;
    }

    public async Task<MinutesView> GetMinutes(Actor actor, int? version)
    {
        await Roster.Authorize(actor, MeetingRole.Participant);
        var read = await _parts.Records.GetMinutes(version, version is null ? await _commands.Content.MinutesInputs() : null);
        await Publish(MeetingChanges.Of(read.Events));
        return read.View;
    }

    public async Task<IReadOnlyList<ActionItem>> GetActionItems()
    {
        _ = Details;
        return await _parts.Records.GetActionItems();
    }

    public async Task<VisionImportResult> ImportVision(Actor actor, VisionImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        var by = await AuthorizeChange(actor);
        var changes = new MeetingChanges();
        var (proposals, withArea, created) = await new VisionImporting(_flow, _parts).Import(by, actor, import, changes);
        var seq = await Publish(changes);
        return new VisionImportResult(Details.VisionDocumentId, created, proposals, withArea, seq);
    }

    private async Task<RosterEntry> AuthorizeChange(Actor actor)
    {
        var by = await Roster.Authorize(actor, MeetingRole.Facilitator);
        _flow.RequireNotEnded();
        return by;
    }

    /// <summary>
    /// Stores what changed (the roster's view of the meeting, the flow, the moderation records), and only then hands the
    /// events to the feed, which numbers them and tells the web servers; returns the number of the last event (the
    /// current one when there are none). The other parts stored their own changes before they returned their events.
    /// </summary>
    private async Task<long> Publish(MeetingChanges changes, Guid? minutesDocumentId = null)
    {
        await TellRoster(minutesDocumentId ?? changes.Events.OfType<MinutesChanged>().LastOrDefault()?.Minutes.DocumentId ?? _told?.MinutesDocumentId);
        if (changes.FlowChanged)
        {
            await state.WriteStateAsync();
        }

        var events = changes.With(await _parts.Log.Record(changes.Records));
        return events.Count == 0 ? await _parts.Feed.Seq() : await _parts.Feed.Publish(events);
    }

    /// <summary>Tells the roster what it must know of the meeting, when that changed (before anyone hears of the change).</summary>
    private async Task TellRoster(Guid? minutesDocumentId)
    {
        var context = new RosterContext(Details, state.State.PublicCodeHash, minutesDocumentId);
        if (context != _told)
        {
            await Roster.Describe(context);
            _told = context;
        }
    }

    private async Task FinishCountdown(CancellationToken cancellationToken)
    {
        if (Countdown.FinishIfDue(state.State.Timer, time.GetUtcNow()) is { } finished)
        {
            var changes = new MeetingChanges();
            _flow.SetTimer(finished, changes);
            await Publish(changes);
        }

        _countdown.Schedule(state.State.Timer);
    }
}
