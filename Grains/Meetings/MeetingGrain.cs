using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

public sealed partial class MeetingGrain(
    [PersistentState(StoredMeetingState.Name, GrainStorage.Name)] IPersistentState<MeetingState> state,
    [PersistentState("people", GrainStorage.Name)] IPersistentState<MeetingPeopleState> people,
    TimeProvider time) : Grain, IMeetingGrain
{
    public const int MaxRosterEntries = 5_000;
    public const int MaxInvites = 200;

    /// <summary>
    /// The audience's size goes out at most this often: a thousand people arriving to watch are one event a
    /// second to everyone, not a thousand each.
    /// </summary>
    public static readonly TimeSpan AudienceEvery = TimeSpan.FromSeconds(1);

    private readonly MeetingPresence _presence = new();
    private IGrainTimer? _audienceTimer;
    private int _audiencePublished;

    /// <summary>The people (roster, invites, seats) changed since they were last written.</summary>
    private bool _peopleChanged;

    private Guid Id => this.GetPrimaryKey();

    private IMeetingFeedGrain Feed => GrainFactory.GetGrain<IMeetingFeedGrain>(Id);

    private MeetingDetails Details => state.State.Details ?? throw new DomainException(ErrorCodes.NotFound);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(ExpireLeases, ObserverLease.RenewEvery, ObserverLease.RenewEvery);
        ScheduleCountdown();
        state.State.People = people.State;
        await TakeOverStoredParts();
    }

    /// <summary>
    /// A meeting stored before its people, record, polls, board and event numbers were stored apart hands them over,
    /// once: the people to their own state, the record, the polls and the board to their grains, which read them from
    /// this state (<see cref="LegacyMeetingRecords"/>, <see cref="LegacyMeetingPolls"/>, <see cref="LegacyMeetingBoard"/>),
    /// and the feed goes on above the last number.
    /// </summary>
    private async Task TakeOverStoredParts()
    {
        var s = state.State;
        var storedPeople = s.StoredRoster.Count > 0 || s.StoredInvites.Count > 0 || s.StoredMergedSeats.Count > 0;
        if (s.Seq == 0 && !storedPeople && !LegacyMeetingRecords.HasRecords(s) && s.StoredPolls.Count == 0 && !LegacyMeetingBoard.HasBoard(s.StoredBoard))
        {
            return;
        }

        if (storedPeople)
        {
            if (!people.RecordExists)
            {
                (people.State.Roster, people.State.Invites, people.State.MergedSeats) = (s.StoredRoster, s.StoredInvites, s.StoredMergedSeats);
                await people.WriteStateAsync();
            }

            (s.StoredRoster, s.StoredInvites, s.StoredMergedSeats) = ([], [], []);
        }

        if (LegacyMeetingRecords.HasRecords(s))
        {
            await Records.TakeOver();
            LegacyMeetingRecords.Clear(s);
        }

        if (s.StoredPolls.Count > 0)
        {
            await Polls.TakeOver();
            s.StoredPolls = [];
        }

        if (LegacyMeetingBoard.HasBoard(s.StoredBoard))
        {
            await Board.TakeOver();
            s.StoredBoard = new BoardState();
        }

        await Feed.ContinueAfter(s.Seq);
        s.Seq = 0;
        await state.WriteStateAsync();
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
            PublicWatchEnabled: false);
        await Records.Create(creation.PreviousMeetingId);
        await state.WriteStateAsync();
        return Details;
    }

    public Task<MeetingDetails> GetDetails() => Task.FromResult(Details);

    public async Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast)
    {
        var events = new List<MeetingEvent>();
        var entry = Usable(await ResolveAsync(actor, events));
        if (entry.Role < atLeast)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        await Publish(events);
        return entry;
    }

    public Task<RosterEntry> AuthorizeContribution(Actor actor)
    {
        var entry = Usable(Find(actor));
        if (entry.Role < MeetingRole.Participant)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        RequireNotEnded();
        if (entry.Muted)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        return Task.FromResult(entry);
    }

    public async Task<MeetingSnapshot> GetSnapshot(Actor actor)
    {
        var entry = await Authorize(actor, MeetingRole.Observer);
        return await Snapshot(entry, await Feed.Seq());
    }

    public async Task<MeetingSnapshot> Connect(Actor actor, string webServerId, string connectionId)
    {
        var events = new List<MeetingEvent>();
        var entry = Usable(await ResolveAsync(actor, events));
        var attendee = Attendee.Of(entry);
        if (_presence.Add(webServerId, connectionId, attendee, LeaseUntil()))
        {
            Moved(attendee, true, events);
        }

        return await Snapshot(entry, await Publish(events));
    }

    public async Task Disconnect(string webServerId, string connectionId)
    {
        var events = new List<MeetingEvent>();
        if (_presence.Remove(webServerId, connectionId) is { } left)
        {
            Moved(left, false, events);
        }

        await Publish(events);
    }

    public async Task Subscribe(string webServerId, IMeetingObserver observer, IReadOnlyList<ConnectionClaim> connections)
    {
        _ = Details;
        var leaseUntil = LeaseUntil();
        _presence.Renew(webServerId, leaseUntil);
        await Feed.Subscribe(webServerId, observer);

        var events = new List<MeetingEvent>();
        var claimed = connections.Select(c => c.ConnectionId).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in _presence.ConnectionsOf(webServerId).Where(c => !claimed.Contains(c)))
        {
            if (_presence.Remove(webServerId, stale) is { } left)
            {
                Moved(left, false, events);
            }
        }

        // A lookup, not a roster scan per claim: a web server renewing a thousand connections every 20 s must not
        // hold the grain (and every edit's authorization, which waits for it) for long.
        var admitted = state.State.Roster.Where(e => !e.Removed).ToDictionary(e => e.ParticipantId, Attendee.Of);
        var merged = state.State.MergedSeats.ToDictionary(m => m.ParticipantId, m => m.KeptId);
        foreach (var claim in connections)
        {
            if (admitted.TryGetValue(merged.GetValueOrDefault(claim.ParticipantId, claim.ParticipantId), out var attendee) && _presence.Add(webServerId, claim.ConnectionId, attendee, leaseUntil))
            {
                Moved(attendee, true, events);
            }
        }

        await Publish(events);
    }

    public async Task Unsubscribe(string webServerId) => await DropServers([webServerId]);

    public async Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        return [.. state.State.Roster
            .Where(e => e.Role == MeetingRole.Observer && !e.Removed)
            .Select(e => new AudienceMember(e, _presence.IsPresent(e.ParticipantId)))];
    }

    public async Task<MeetingDetails> ChangePhase(Actor actor, MeetingPhase phase)
    {
        var by = await Authorize(actor, MeetingRole.Facilitator);
        TextRules.Defined(phase);
        if (phase <= Details.Phase)
        {
            throw new DomainException(ErrorCodes.InvalidPhaseChange);
        }

        var events = new List<MeetingEvent>();
        SetDetails(Details with { Phase = phase }, events);
        PhaseChanged(by, phase, time.GetUtcNow(), events);
        if (phase == MeetingPhase.Live)
        {
            events.AddRange(await Records.CarryOver());
        }

        await Publish(events);
        ScheduleCountdown();
        return Details;
    }

    public async Task<MeetingDetails> SetPublicWatch(Actor actor, bool enabled)
    {
        await AuthorizeChange(actor);
        var events = new List<MeetingEvent>();
        SetDetails(Details with { PublicWatchEnabled = enabled }, events);
        if (!enabled)
        {
            // Switched off, the public code ends for good: switching on again needs a new one. Publish writes it.
            RoomJoinCard.SetPublicCode(state.State, null);
        }

        await Publish(events);
        return Details;
    }

    public async Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt)
    {
        await AuthorizeChange(actor);
        TextRules.Defined(role);
        var now = time.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "expiry must be in the future");
        }

        if (state.State.Invites.Count >= MaxInvites)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxInvites} invites");
        }

        var token = InviteTokens.Create();
        var info = new InviteInfo(Guid.NewGuid(), role, now, expiresAt, null, 0);
        // The token must work as soon as the facilitator sees it, so its invite grain is written first.
        await GrainFactory.GetGrain<IInviteGrain>(InviteTokens.Hash(token)).Register(new InviteTarget(Id, info.InviteId));
        var code = await JoinCodes.Issue(GrainFactory, new JoinCodeTarget(Id, info.InviteId));
        state.State.Invites.Add(info);
        _peopleChanged = true;
        await WritePeople();
        return new CreatedInvite(info, token, code);
    }

    public async Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        return [.. state.State.Invites];
    }

    public async Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        var index = state.State.Invites.FindIndex(i => i.InviteId == inviteId);
        if (index < 0)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }

        var revoked = state.State.Invites[index] with { RevokedAt = state.State.Invites[index].RevokedAt ?? time.GetUtcNow() };
        state.State.Invites[index] = revoked;
        _peopleChanged = true;
        var events = new List<MeetingEvent>();
        EndAccessOfClosedInvites(events);
        await Publish(events);
        return revoked;
    }

    public async Task<RosterEntry> AdmitByInvite(Guid inviteId, string displayName, Guid? heldParticipantId, bool confirmSeat = false)
    {
        var index = state.State.Invites.FindIndex(i => i.InviteId == inviteId);
        if (index < 0)
        {
            throw new DomainException(ErrorCodes.InviteInvalid);
        }

        var invite = state.State.Invites[index];
        RequireOpen(invite);
        var returning = RosterAdmission.Returning(
            state.State.Roster, state.State.MergedSeats, inviteId, TextRules.Name(displayName), heldParticipantId, confirmSeat, _presence.IsPresent);
        if (returning is { } back)
        {
            if (back.ByName)
            {
                var events = new List<MeetingEvent>();
                Record(back.Seat, ModerationAction.SeatReclaimed, null, time.GetUtcNow(), events);
                await Publish(events);
            }

            return back.Seat;
        }

        var admitted = new List<MeetingEvent>();
        var entry = Admit(displayName, invite.Role, invite.InviteId, admitted);
        state.State.Invites[index] = invite with { Uses = invite.Uses + 1 };
        await Publish(admitted); // one write of the people: the seat and the invite's count together
        return entry;
    }

    private void RequireOpen(InviteInfo invite) => InviteAccess.RequireOpen(invite, time.GetUtcNow());

    /// <summary>
    /// People who came by an invite that was revoked or has expired lose their access: their entries say so, and the
    /// web servers close their connections when they see it.
    /// </summary>
    private void EndAccessOfClosedInvites(List<MeetingEvent> events)
    {
        foreach (var entry in InviteAccess.Ending(state.State.Roster, state.State.Invites, time.GetUtcNow()))
        {
            Replace(entry with { AccessEnded = true }, events);
        }
    }

    public async Task<RosterEntry> AdmitPublicObserver(string displayName, Guid? heldParticipantId = null)
    {
        if (!Details.PublicWatchEnabled)
        {
            throw new DomainException(ErrorCodes.PublicWatchDisabled);
        }

        RosterAdmission.Returning(state.State.Roster, state.State.MergedSeats, Guid.Empty, TextRules.Name(displayName), heldParticipantId, false, _presence.IsPresent);
        var events = new List<MeetingEvent>();
        var entry = Admit(displayName, MeetingRole.Observer, inviteId: null, events);
        await Publish(events);
        return entry;
    }

    /// <summary>A new seat, if arrivals are open; the caller publishes (which writes it, also an observer's, whose arrival is no event).</summary>
    private RosterEntry Admit(string displayName, MeetingRole role, Guid? inviteId, List<MeetingEvent> events)
    {
        var name = TextRules.Name(displayName);
        RequireNotEnded();
        if (Details.ArrivalsClosed)
        {
            throw new DomainException(ErrorCodes.ArrivalsClosed);
        }

        return AddToRoster(new RosterEntry(Guid.NewGuid(), name, role, null, time.GetUtcNow(), InviteId: inviteId), events);
    }

    /// <summary>The actor's roster entry, if any.</summary>
    private RosterEntry? Find(Actor actor) =>
        actor.ParticipantId is { } participantId ? RosterAdmission.Seat(state.State.Roster, state.State.MergedSeats, participantId)
        : actor.AccountId is { } accountId ? state.State.Roster.Find(e => e.AccountId == accountId)
        : null;

    /// <summary>
    /// Finds the actor's roster entry. Organizers who run the meeting's group (its managers, administrators) get a
    /// facilitator's entry on first use, and get it back when they manage the group again after losing it.
    /// </summary>
    private async Task<RosterEntry?> ResolveAsync(Actor actor, List<MeetingEvent> events)
    {
        var existing = Find(actor);
        if (actor.AccountId is not { } accountId || existing is { Removed: false } || !await MayOrganize(actor))
        {
            return existing;
        }

        if (existing is not null)
        {
            var back = existing with { Removed = false, Role = MeetingRole.Facilitator };
            Replace(back, events);
            return back;
        }

        return AddToRoster(new RosterEntry(Guid.NewGuid(), actor.DisplayName, MeetingRole.Facilitator, accountId, time.GetUtcNow()), events);
    }

    private async Task<bool> MayOrganize(Actor actor) =>
        actor.IsAdministrator
        || (actor.AccountId is { } accountId
            && await GrainFactory.GetGrain<IWorkingGroupGrain>(Details.WorkingGroupId).IsManager(accountId));

    public async Task EndOrganizerAccess(Guid accountId)
    {
        if (state.State.Roster.Find(e => e.AccountId == accountId && !e.Removed) is not { } entry)
        {
            return;
        }

        // The web servers close the organizer's connections when they see the entry removed.
        var events = new List<MeetingEvent>();
        Replace(entry with { Removed = true }, events);
        SetSpeakers(SpeakerQueue.Without(state.State.Speakers, entry.ParticipantId, time.GetUtcNow()), events);
        await Publish(events);
    }

    private RosterEntry AddToRoster(RosterEntry entry, List<MeetingEvent> events)
    {
        if (state.State.Roster.Count >= MaxRosterEntries)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxRosterEntries} people in one meeting");
        }

        state.State.Roster.Add(entry);
        _peopleChanged = true;
        if (entry.Role != MeetingRole.Observer)
        {
            events.Add(new RosterChanged(Id, 0, entry));
        }

        return entry;
    }

    /// <summary>
    /// Someone came or went. Participants' presence is an event to everyone; observers are only counted,
    /// and the count goes out at most every <see cref="AudienceEvery"/>.
    /// </summary>
    private void Moved(Attendee attendee, bool present, List<MeetingEvent> events)
    {
        if (!attendee.IsObserver)
        {
            events.Add(new PresenceChanged(Id, 0, attendee.ParticipantId, present));
            return;
        }

        _audienceTimer ??= this.RegisterGrainTimer(PublishAudience, AudienceEvery, Timeout.InfiniteTimeSpan);
    }

    private async Task PublishAudience(CancellationToken cancellationToken)
    {
        _audienceTimer?.Dispose();
        _audienceTimer = null;
        if (_presence.Watching != _audiencePublished)
        {
            _audiencePublished = _presence.Watching;
            await Publish([new AudienceChanged(Id, 0, _presence.Watching)]);
        }
    }

    private async Task AuthorizeChange(Actor actor)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        RequireNotEnded();
    }

    private void RequireNotEnded()
    {
        if (Details.Phase == MeetingPhase.Ended)
        {
            throw new DomainException(ErrorCodes.MeetingEnded);
        }
    }

    /// <summary>
    /// Persists what the events tell of (the people if they changed, the flow if any event is of the flow), and only
    /// then hands them to the feed, which numbers them and tells the web servers; returns the number of the last event
    /// (the current one when there are none). Presence and the audience's size are in memory only: they write nothing;
    /// polls and the board are written by their grains before they return their events.
    /// </summary>
    private async Task<long> Publish(IReadOnlyList<MeetingEvent> events)
    {
        await WritePeople();
        if (events.Count == 0)
        {
            return await Feed.Seq();
        }

        if (events.Any(e => e is not (PresenceChanged or AudienceChanged or RosterChanged or PollChanged or BoardChanged)))
        {
            await state.WriteStateAsync();
        }

        return await Feed.Publish(events);
    }

    private async Task WritePeople()
    {
        if (_peopleChanged)
        {
            await people.WriteStateAsync();
            _peopleChanged = false;
        }
    }

    private async Task ExpireLeases(CancellationToken cancellationToken)
    {
        await DropServers(_presence.ExpiredServers(time.GetUtcNow()));
        if (state.RecordExists)
        {
            var events = new List<MeetingEvent>();
            EndAccessOfClosedInvites(events);
            await Publish(events);
        }
    }

    private async Task DropServers(IReadOnlyList<string> servers)
    {
        if (servers.Count > 0)
        {
            await Feed.Unsubscribe(servers);
        }

        var events = new List<MeetingEvent>();
        foreach (var left in servers.SelectMany(_presence.RemoveServer))
        {
            Moved(left, false, events);
        }

        await Publish(events);
    }

    private DateTimeOffset LeaseUntil() => time.GetUtcNow() + ObserverLease.Duration;

    /// <summary>
    /// What a client renders; observers are in it as a count (facilitators list them with <see cref="GetAudience"/>).
    /// The parts in other grains are read after the number: only this grain (not reentrant) changes them, so they are
    /// as at <paramref name="seq"/>.
    /// </summary>
    private async Task<MeetingSnapshot> Snapshot(RosterEntry you, long seq)
    {
        var (records, polls, board) = (await Records.Get(), await Polls.Get(Electorate()), await BoardFor(you));
        var listed = state.State.Roster.Where(e => e.Role != MeetingRole.Observer).ToList();
        return new(Details, listed, [.. listed.Select(e => e.ParticipantId).Where(_presence.IsPresent)], seq, you,
            state.State.Agenda, state.State.Timer, state.State.Speakers, state.State.Focus, [.. state.State.Moderation], time.GetUtcNow(),
            polls, board, records.ActionItems, records.Minutes, _presence.Watching,
            state.State.RoomScreen);
    }
}
