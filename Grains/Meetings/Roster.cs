using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The rules of a meeting's people, on its stored state (<see cref="MeetingPeopleState"/>): who an actor is, whether
/// their seat is usable, new seats and changed ones (each a <see cref="RosterChanged"/> unless it is an observer's
/// arrival), and the facilitator's commands on one person. Synchronous: the roster grain, which is reentrant, changes
/// its state only between awaits.
/// </summary>
public sealed class Roster(Guid meetingId, Func<MeetingPeopleState> state, TimeProvider time)
{
    public const int MaxEntries = 5_000;
    public const int MaxInvites = 200;

    /// <summary>Names as people would say them (<see cref="RosterAdmission.NameKey"/>), each worked out once: every admission compares a whole invite's names.</summary>
    private readonly Dictionary<string, string> _nameKeys = new(StringComparer.Ordinal);

    public MeetingPeopleState State => state();

    public string NameKey(string name)
    {
        if (!_nameKeys.TryGetValue(name, out var key))
        {
            if (_nameKeys.Count >= 2 * MaxEntries)
            {
                _nameKeys.Clear(); // names tried and refused must not pile up
            }

            _nameKeys[name] = key = RosterAdmission.NameKey(name);
        }

        return key;
    }

    public MeetingDetails Details => State.Context?.Details ?? throw new DomainException(ErrorCodes.NotFound);

    /// <summary>The actor's entry, if any (a merged seat's ticket leads to the kept seat).</summary>
    public RosterEntry? Find(Actor actor) =>
        actor.ParticipantId is { } participantId ? RosterAdmission.Seat(State.Roster, State.MergedSeats, participantId)
        : actor.AccountId is { } accountId ? State.Roster.Find(e => e.AccountId == accountId)
        : null;

    public RosterEntry Member(Guid participantId) =>
        State.Roster.Find(e => e.ParticipantId == participantId) ?? throw new DomainException(ErrorCodes.NotFound, "participant");

    /// <summary>The entry if its person may act now: not removed, and the invite they came by still open.</summary>
    public RosterEntry Usable(RosterEntry? entry)
    {
        switch (entry)
        {
            case null:
                throw new DomainException(ErrorCodes.Forbidden);
            case { Removed: true }:
                throw new DomainException(ErrorCodes.ParticipantRemoved);
            case { InviteId: { } inviteId }:
                if (State.Invites.Find(i => i.InviteId == inviteId) is { } invite)
                {
                    InviteAccess.RequireOpen(invite, time.GetUtcNow());
                }

                // An invite gone from the list and marked ended counts as revoked.
                return entry.AccessEnded ? throw new DomainException(ErrorCodes.InviteRevoked) : entry;
            default:
                return entry;
        }
    }

    public void RequireNotEnded()
    {
        if (Details.Phase == MeetingPhase.Ended)
        {
            throw new DomainException(ErrorCodes.MeetingEnded);
        }
    }

    /// <summary>
    /// A new seat, if arrivals are open (an observer's arrival is no event, but is stored). A <paramref name="guest"/>'s
    /// seat is of the Guest kind, without a voting right.
    /// </summary>
    public RosterEntry Admit(string displayName, MeetingRole role, Guid? inviteId, List<MeetingEvent> events, bool guest = false)
    {
        var name = TextRules.Name(displayName);
        RequireNotEnded();
        if (Details.ArrivalsClosed)
        {
            throw new DomainException(ErrorCodes.ArrivalsClosed);
        }

        return Add(new RosterEntry(Guid.NewGuid(), name, role, null, time.GetUtcNow(), InviteId: inviteId,
            Kind: guest ? AttendeeKind.Guest : AttendeeKind.Member, NoVotingRight: guest), events);
    }

    /// <summary>An organizer's entry: a new facilitator's, or their removed one back as a facilitator's.</summary>
    public RosterEntry Organizer(Actor actor, Guid accountId, List<MeetingEvent> events)
    {
        if (State.Roster.Find(e => e.AccountId == accountId) is not { } existing)
        {
            return Add(new RosterEntry(Guid.NewGuid(), actor.DisplayName, MeetingRole.Facilitator, accountId, time.GetUtcNow()), events);
        }

        var back = existing with { Removed = false, Role = MeetingRole.Facilitator };
        Replace(back, events);
        return back;
    }

    public RosterEntry Add(RosterEntry entry, List<MeetingEvent> events)
    {
        if (State.Roster.Count >= MaxEntries)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxEntries} people in one meeting");
        }

        State.Roster.Add(entry);
        if (entry.Role != MeetingRole.Observer)
        {
            events.Add(new RosterChanged(meetingId, 0, entry));
        }

        return entry;
    }

    public void Replace(RosterEntry entry, List<MeetingEvent> events)
    {
        var index = State.Roster.FindIndex(e => e.ParticipantId == entry.ParticipantId);
        State.Roster[index] = entry;
        events.Add(new RosterChanged(meetingId, 0, entry));
    }

    /// <summary>
    /// People who came by an invite that was revoked or has expired lose their access: their entries say so, and the
    /// web servers close their connections when they see it.
    /// </summary>
    public void EndAccessOfClosedInvites(List<MeetingEvent> events)
    {
        foreach (var entry in InviteAccess.Ending(State.Roster, State.Invites, time.GetUtcNow()))
        {
            Replace(entry with { AccessEnded = true }, events);
        }
    }

    /// <summary>An account that may no longer organize leaves the meeting (null: it had no entry); the web servers
    /// close its connections when they see the entry removed.</summary>
    public RosterEntry? EndOrganizerAccess(Guid accountId, List<MeetingEvent> events)
    {
        if (State.Roster.Find(e => e.AccountId == accountId && !e.Removed) is not { } entry)
        {
            return null;
        }

        Replace(entry with { Removed = true }, events);
        return entry with { Removed = true };
    }

    /// <summary>Revokes an invite (once) and ends the access of everyone it admitted; the invite as it is now.</summary>
    public InviteInfo Revoke(Guid inviteId, List<MeetingEvent> events)
    {
        var index = State.Invites.FindIndex(i => i.InviteId == inviteId);
        if (index < 0)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }

        var revoked = State.Invites[index] with { RevokedAt = State.Invites[index].RevokedAt ?? time.GetUtcNow() };
        State.Invites[index] = revoked;
        EndAccessOfClosedInvites(events);
        return revoked;
    }

    public void RequireInviteRoom()
    {
        if (State.Invites.Count >= MaxInvites)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxInvites} invites");
        }
    }

    public void AddInvite(InviteInfo invite)
    {
        RequireInviteRoom();
        State.Invites.Add(invite);
    }

    /// <summary>What an invite or, without one, the public code of this hash admits to; refuses as admitting would.</summary>
    public JoinPreview Preview(Guid? inviteId, string? codeHash)
    {
        RequireNotEnded();
        MeetingRole role;
        if (inviteId is { } id)
        {
            var invite = State.Invites.Find(i => i.InviteId == id) ?? throw new DomainException(ErrorCodes.InviteInvalid);
            InviteAccess.RequireOpen(invite, time.GetUtcNow());
            role = invite.Role;
        }
        else
        {
            RequirePublicCode(codeHash);
            role = MeetingRole.Observer;
        }

        return new JoinPreview(Details.Title, Details.WorkingGroupId, Details.StartsAt, Details.Place, role);
    }

    public void RequirePublicCode(string? codeHash)
    {
        if (!Details.PublicWatchEnabled || codeHash is null || codeHash != State.Context?.PublicCodeHash)
        {
            throw new DomainException(ErrorCodes.JoinCodeInvalid);
        }
    }

    /// <summary>
    /// Every participant and facilitator with their name, and whether they may vote now (before any recusal): with voting
    /// right, not muted or removed, and present online or in the room.
    /// </summary>
    public Electorate Electorate(Func<Guid, bool> connected) =>
        new([.. State.Roster.Where(e => e.Role >= MeetingRole.Participant).Select(e => new Elector(e.ParticipantId, e.DisplayName,
            !e.Removed && !e.Muted && !e.NoVotingRight && (connected(e.ParticipantId) || e.Attendance == Attendance.Present)))]);

    /// <summary>A facilitator's command on one person, or a person's own public name (see <see cref="IMeetingRosterGrain.Apply"/>).</summary>
    public RosterChange Apply(RosterEntry by, MeetingCommand command, List<MeetingEvent> events)
    {
        switch (command)
        {
            case MuteParticipant c:
                var muted = Member(c.ParticipantId);
                if (muted.Role == MeetingRole.Facilitator)
                {
                    throw new DomainException(ErrorCodes.InvalidValue, "facilitators cannot be muted");
                }

                return muted.Muted == c.Muted ? new(muted, null)
                    : Changed(muted with { Muted = c.Muted }, c.Muted ? ModerationAction.Muted : ModerationAction.Unmuted, events);
            case RemoveParticipant c:
                return Remove(by, Member(c.ParticipantId), c.RevokeInvite, events);
            case ReadmitParticipant c:
                var readmitted = Member(c.ParticipantId);
                return readmitted.Removed ? Changed(readmitted with { Removed = false }, ModerationAction.Readmitted, events) : new(readmitted, null);
            case MarkAttendance c:
                return Changed(Member(c.ParticipantId) with { Attendance = TextRules.Defined(c.Attendance) }, null, events);
            case SetAttendeeKind c:
                return Changed(Member(c.ParticipantId) with { Kind = TextRules.Defined(c.Kind) }, null, events);
            case SetVotingRight c:
                return Changed(Member(c.ParticipantId) with { NoVotingRight = !c.CanVote }, null, events);
            case AllowProxy c:
                var proxy = Member(c.ParticipantId);
                return proxy.Role != MeetingRole.Participant
                    ? throw new DomainException(ErrorCodes.OnBehalfInvalidPerson, "only a participant is allowed (observers never; facilitators always may)")
                    : proxy.Proxy == c.Allowed ? new(proxy, null)
                    : Changed(proxy with { Proxy = c.Allowed }, c.Allowed ? ModerationAction.ProxyAllowed : ModerationAction.ProxyWithdrawn, events);
            case SetSeatMember c: // the member checked against the group by the meeting (IntentionCommands)
                return Changed(Member(c.ParticipantId) with { MemberId = c.MemberId }, null, events);
            case SetPublicName c: // one's own choice (CommandRouting.RoleFor: participants and facilitators)
                return Changed(Member(by.ParticipantId) with { ShowName = c.ShowName, PublicRole = TextRules.OptionalName(c.PublicRole) }, null, events);
            case AddRoomAttendee c:
                return new(Add(new RosterEntry(Guid.NewGuid(), TextRules.Name(c.Name), MeetingRole.Participant, null, time.GetUtcNow(),
                    Attendance: Attendance.Present, Kind: TextRules.Defined(c.Kind)), events), null);
            default:
                throw new DomainException(ErrorCodes.InvalidValue, "unknown command");
        }
    }

    private RosterChange Remove(RosterEntry by, RosterEntry target, bool revokeInvite, List<MeetingEvent> events)
    {
        if (target.ParticipantId == by.ParticipantId || target.AccountId == Details.FacilitatorAccountId)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "neither oneself nor the meeting's organizer can be removed");
        }

        if (target.Removed)
        {
            return new(target, null);
        }

        // The web servers close the person's connections when they see the entry removed.
        var change = Changed(target with { Removed = true }, ModerationAction.Removed, events);
        if (revokeInvite && target.InviteId is { } inviteId && State.Invites.Find(i => i.InviteId == inviteId) is { RevokedAt: null })
        {
            Revoke(inviteId, events);
        }

        return change;
    }

    private RosterChange Changed(RosterEntry entry, ModerationAction? action, List<MeetingEvent> events)
    {
        Replace(entry, events);
        return new(entry, action);
    }
}
