using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Hosting;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;
using Orleans.Storage;

namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's people (<see cref="IMeetingRosterGrain"/>): the rules are <see cref="Roster"/>'s, presence is
/// <see cref="MeetingPresence"/>'s, admission <see cref="RosterAdmission"/>'s and who is connected is never stored.
/// Reentrant so that admissions arriving while the roster is being written are stored together in the next write
/// (<see cref="RosterOutbox"/>); every change happens between awaits, and is acknowledged only after its write.
/// </summary>
[Reentrant]
public sealed class MeetingRosterGrain(
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    TimeProvider time) : Grain, IMeetingRosterGrain
{
    private RosterStorage _stored = null!;
    private RosterAudience _audience = null!;
    private Roster _roster = null!;
    private RosterOutbox _outbox = null!;

    private Guid Id => this.GetPrimaryKey();

    private MeetingPeopleState People => _stored.State;

    private List<RosterEntry> Entries => People.Roster;

    private MeetingDetails Details => _roster.Details;

    private MeetingPresence Presence => _audience.Presence;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stored = new RosterStorage(storage, GrainFactory, this.GetGrainId(), Id);
        await _stored.ReadAsync();
        _roster = new Roster(Id, () => People, time);
        var feed = GrainFactory.GetGrain<IMeetingFeedGrain>(Id);
        _outbox = new RosterOutbox(_stored.WriteAsync, events => events.Count == 0 ? Task.FromResult(0L) : feed.Publish(events), DeactivateOnIdle);
        _audience = new RosterAudience(Id, this, () => People, events => _outbox.Send(events, changed: false));
        this.RegisterGrainTimer(ExpireLeases, ObserverLease.RenewEvery, ObserverLease.RenewEvery);
    }

    public async Task Describe(RosterContext context)
    {
        if (context != People.Context)
        {
            People.Context = context;
            await _outbox.Send([], changed: true);
        }
    }

    public async Task<RosterEntry> Authorize(Actor actor, MeetingRole atLeast)
    {
        var entry = _roster.Find(actor);
        if (actor.AccountId is { } accountId && entry is not { Removed: false } && await MayOrganize(actor, accountId))
        {
            // Organizers who run the meeting's group get a facilitator's entry on first use, and get it back when they
            // manage the group again after losing it. Looked up again: another call may have made it meanwhile.
            var events = new List<MeetingEvent>();
            entry = _roster.Find(actor) is { Removed: false } made ? made : _roster.Organizer(actor, accountId, events);
            await _outbox.Send(events, changed: events.Count > 0);
        }

        var usable = _roster.Usable(entry);
        return usable.Role < atLeast ? throw new DomainException(ErrorCodes.Forbidden) : usable;
    }

    public Task<RosterEntry> Seat(Actor actor) => Task.FromResult(_roster.Usable(_roster.Find(actor)));

    public async Task<RosterEntry> AuthorizeDocument(Actor actor, Guid documentId, DocumentAccess access)
    {
        var context = People.Context ?? throw new DomainException(ErrorCodes.NotFound);
        var minutes = documentId == context.MinutesDocumentId;
        if (!minutes && documentId != context.Details.VisionDocumentId)
        {
            throw new DomainException(ErrorCodes.Forbidden, "not a document of this meeting");
        }

        return access switch
        {
            DocumentAccess.Read => await Authorize(actor, MeetingRole.Observer),
            DocumentAccess.Facilitate => await Authorize(actor, MeetingRole.Facilitator),
            DocumentAccess.Contribute when minutes => DocumentAuthorship.MinutesEditor(_roster, actor),
            DocumentAccess.Contribute => DocumentAuthorship.Contributor(_roster, actor),
            _ => throw new DomainException(ErrorCodes.InvalidValue, "access"),
        };
    }

    public Task<RosterEntry> AuthorizeContribution(Actor actor, MeetingRole atLeast) => Task.FromResult(DocumentAuthorship.Contributor(_roster, actor, atLeast));

    public Task<RosterEntry> AuthorizeMinutesEdit(Actor actor) => Task.FromResult(DocumentAuthorship.MinutesEditor(_roster, actor));

    public Task<RosterView> View(bool everyone)
    {
        var listed = everyone ? [.. Entries] : Entries.Where(e => e.Role != MeetingRole.Observer).ToList();
        var present = everyone ? [.. Presence.Present] : listed.Select(e => e.ParticipantId).Where(Presence.IsPresent).ToList();
        return Task.FromResult(new RosterView(listed, present, Presence.Watching, Electorate()));
    }

    public async Task<IReadOnlyList<AudienceMember>> GetAudience(Actor actor)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        return [.. Entries.Where(e => e.Role == MeetingRole.Observer && !e.Removed).Select(e => new AudienceMember(e, Presence.IsPresent(e.ParticipantId)))];
    }

    public async Task<RosterEntry> Connect(Actor actor, string webServerId, string connectionId)
    {
        var entry = await Authorize(actor, MeetingRole.Observer);
        await _audience.Connect(entry, webServerId, connectionId, LeaseUntil());
        return entry;
    }

    public Task Disconnect(string webServerId, string connectionId) => _audience.Disconnect(webServerId, connectionId);

    public Task Subscribe(string webServerId, IReadOnlyList<ConnectionClaim> connections) => _audience.Renew(webServerId, connections, LeaseUntil());

    public Task Unsubscribe(string webServerId) => _audience.Drop([webServerId]);

    public async Task<CreatedInvite> CreateInvite(Actor actor, MeetingRole role, DateTimeOffset? expiresAt, InviteGuest? guest = null)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        _roster.RequireNotEnded();
        TextRules.Defined(role);
        var now = time.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "expiry must be in the future");
        }

        _roster.RequireInviteRoom(); // before the token and code are made
        var token = InviteTokens.Create();
        var info = new InviteInfo(Guid.NewGuid(), role, now, expiresAt, null, 0, guest is null ? null : guest with { Label = TextRules.Name(guest.Label, 300) });
        // The token must work as soon as the facilitator sees it, so its invite grain is written first.
        await GrainFactory.GetGrain<IInviteGrain>(InviteTokens.Hash(token)).Register(new InviteTarget(Id, info.InviteId));
        var code = await JoinCodes.Issue(GrainFactory, new JoinCodeTarget(Id, info.InviteId));
        _roster.AddInvite(info);
        await _outbox.Send([], changed: true);
        return new CreatedInvite(info, token, code);
    }

    public async Task<IReadOnlyList<InviteInfo>> ListInvites(Actor actor)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        return [.. People.Invites];
    }

    public async Task<InviteInfo> RevokeInvite(Actor actor, Guid inviteId)
    {
        await Authorize(actor, MeetingRole.Facilitator);
        var events = new List<MeetingEvent>();
        var revoked = _roster.Revoke(inviteId, events);
        await _outbox.Send(events, changed: true);
        return revoked;
    }

    public async Task<InviteInfo> RoomInvite(Guid? current)
    {
        if (current is { } id && Open(id) is { } open)
        {
            return open;
        }

        var invite = new InviteInfo(Guid.NewGuid(), MeetingRole.Participant, time.GetUtcNow(), ExpiresAt: null, RevokedAt: null, Uses: 0);
        _roster.AddInvite(invite);
        await _outbox.Send([], changed: true);
        return invite;
    }

    public Task<InviteInfo?> OpenInvite(Guid inviteId) => Task.FromResult(Open(inviteId));

    public async Task<RosterEntry> AdmitByInvite(Guid inviteId, string displayName, Guid? heldParticipantId, bool confirmSeat = false)
    {
        var index = People.Invites.FindIndex(i => i.InviteId == inviteId);
        var invite = index >= 0 ? People.Invites[index] : throw new DomainException(ErrorCodes.InviteInvalid);
        InviteAccess.RequireOpen(invite, time.GetUtcNow());
        var returning = RosterAdmission.Returning(
            Entries, People.MergedSeats, inviteId, TextRules.Name(displayName), heldParticipantId, confirmSeat, Presence.IsPresent, _roster.NameKey);
        if (returning is { Seat: var seat, ByName: var byName })
        {
            if (byName)
            {
                var record = new ModerationRecord(time.GetUtcNow(), seat.ParticipantId, seat.DisplayName, ModerationAction.SeatReclaimed, null, null);
                await _outbox.Send(await GrainFactory.GetGrain<IModerationLogGrain>(Id).Record([record]), changed: false);
            }

            return seat;
        }

        var events = new List<MeetingEvent>();
        var entry = _roster.Admit(displayName, invite.Role, invite.InviteId, events, invite.Guest is not null);
        People.Invites[index] = invite with { Uses = invite.Uses + 1 };
        await _outbox.Send(events, changed: true); // one write of the seat and the invite's count, with whoever came meanwhile
        return entry;
    }

    public async Task<RosterEntry> AdmitPublicObserver(string displayName, Guid? heldParticipantId = null)
    {
        if (!Details.PublicWatchEnabled)
        {
            throw new DomainException(ErrorCodes.PublicWatchDisabled);
        }

        RosterAdmission.Returning(Entries, People.MergedSeats, Guid.Empty, TextRules.Name(displayName), heldParticipantId, false, Presence.IsPresent, _roster.NameKey);
        var events = new List<MeetingEvent>();
        var entry = _roster.Admit(displayName, MeetingRole.Observer, inviteId: null, events);
        await _outbox.Send(events, changed: true);
        return entry;
    }

    public Task<RosterEntry> AdmitByPublicCode(string codeHash, string displayName, Guid? heldParticipantId)
    {
        _roster.RequirePublicCode(codeHash);
        return AdmitPublicObserver(displayName, heldParticipantId);
    }

    public Task<JoinPreview> PreviewAdmission(Guid? inviteId, string? codeHash) => Task.FromResult(_roster.Preview(inviteId, codeHash));

    public async Task<RosterChange> Apply(RosterEntry by, MeetingCommand command)
    {
        var events = new List<MeetingEvent>();
        var change = _roster.Apply(by, command, events);
        await _outbox.Send(events, changed: events.Count > 0 || command is RemoveParticipant);
        return change;
    }

    public async Task<SeatMerge> MergeSeats(Guid keptId, Guid mergedId)
    {
        // The ballot box and the board first, the roster last: each step does nothing when done already, so a merge
        // that failed half-way (a write refused) completes when the facilitator asks again.
        if (SeatMerging.Done(People, keptId, mergedId) is { } done)
        {
            return done;
        }

        var (kept, _) = SeatMerging.Check(People, keptId, mergedId, Roster.MaxEntries);
        var polls = GrainFactory.GetGrain<IMeetingPollsGrain>(Id);
        var moved = await polls.MergeSeats(kept, mergedId);
        var events = new List<MeetingEvent>(await GrainFactory.GetGrain<IMeetingBoardGrain>(Id).MergeSeats(kept, mergedId));
        events.AddRange(await GrainFactory.GetGrain<IMeetingQuestionsGrain>(Id).MergeSeats(kept, mergedId));
        if (SeatMerging.Done(People, keptId, mergedId) is { } meanwhile)
        {
            return meanwhile;
        }

        var merge = SeatMerging.Merge(People, keptId, mergedId, time.GetUtcNow(), Roster.MaxEntries);
        events.Insert(0, new SeatsMerged(Id, 0, merge.Kept, mergedId, _audience.Merge(mergedId, merge.Kept)));
        if (moved.Count > 0)
        {
            events.InsertRange(1, (await polls.Get(Electorate())).Where(p => moved.Contains(p.Id)).Select(p => new PollChanged(Id, 0, p)));
        }

        await _outbox.Send(events, changed: true);
        return merge;
    }

    public Task<RosterEntry> Member(Guid participantId) => Task.FromResult(_roster.Member(participantId));

    public async Task<RosterEntry?> EndOrganizerAccess(Guid accountId)
    {
        var events = new List<MeetingEvent>();
        if (_roster.EndOrganizerAccess(accountId, events) is { } removed)
        {
            await _outbox.Send(events, changed: true);
            return removed;
        }

        return null;
    }

    private async Task<bool> MayOrganize(Actor actor, Guid accountId) =>
        actor.IsAdministrator || await GrainFactory.GetGrain<IWorkingGroupGrain>(Details.WorkingGroupId).IsManager(accountId);

    private InviteInfo? Open(Guid inviteId) =>
        People.Invites.Find(i => i.InviteId == inviteId && i.RevokedAt is null && !(i.ExpiresAt <= time.GetUtcNow()));

    private Electorate Electorate() => _roster.Electorate(Presence.IsPresent);

    private async Task ExpireLeases(CancellationToken cancellationToken)
    {
        await _audience.Drop(Presence.ExpiredServers(time.GetUtcNow()));
        if (People.Context is not null)
        {
            var events = new List<MeetingEvent>();
            _roster.EndAccessOfClosedInvites(events);
            if (events.Count > 0)
            {
                await _outbox.Send(events, changed: true);
            }
        }
    }

    private DateTimeOffset LeaseUntil() => time.GetUtcNow() + ObserverLease.Duration;
}
