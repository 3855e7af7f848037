using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>Live facilitation: every command checked, applied, stored, then published.</summary>
public sealed partial class MeetingGrain
{
    public const int MaxModerationRecords = 5_000;

    private IGrainTimer? _countdown;

    /// <summary>The least role a command needs; some also check who the target is (own hand, own turn).</summary>
    public static MeetingRole RoleFor(MeetingCommand command) => command switch
    {
        RaiseHand or LowerHand { ParticipantId: null } or EndFloor or AddProposal or PlaceDots or LinkProposal => MeetingRole.Participant,
        _ => MeetingRole.Facilitator,
    };

    public async Task<long> Execute(Actor actor, MeetingCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var events = new List<MeetingEvent>();
        var entry = Usable(await ResolveAsync(actor, events));
        if (entry.Role < RoleFor(command))
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        if (command is not RecordCommand)
        {
            RequireNotEnded();
        }

        if (entry.Muted && entry.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        await Apply(entry, command, time.GetUtcNow(), events);
        var seq = await Publish(events);
        ScheduleCountdown();
        return seq;
    }

    private async Task Apply(RosterEntry by, MeetingCommand command, DateTimeOffset now, List<MeetingEvent> events)
    {
        var s = state.State;
        var live = Details.Phase == MeetingPhase.Live;
        switch (command)
        {
            case AddAgendaItem c:
                SetAgenda(await WithMinutesSections(AgendaEditing.Add(s.Agenda, c.Item, c.Position, Guid.NewGuid())), events);
                break;
            case UpdateAgendaItem c:
                SetAgenda(await WithMinutesSections(AgendaEditing.Update(s.Agenda, c.ItemId, c.Item)), events);
                break;
            case RemoveAgendaItem c:
                SetAgenda(AgendaEditing.Remove(s.Agenda, c.ItemId, now), events);
                break;
            case MoveAgendaItem c:
                SetAgenda(AgendaEditing.Move(s.Agenda, c.ItemId, c.Position), events);
                break;
            case SetCurrentAgendaItem c:
                SetAgenda(AgendaEditing.SetCurrent(s.Agenda, c.ItemId, now, live), events);
                break;
            case StartTimer c:
                SetTimer(Countdown.Start(c.Seconds, c.Label, null, now), events);
                break;
            case PauseTimer:
                SetTimer(Countdown.Pause(s.Timer, now), events);
                break;
            case ResumeTimer:
                SetTimer(Countdown.Resume(s.Timer, now), events);
                break;
            case ExtendTimer c:
                SetTimer(Countdown.Extend(s.Timer, c.Seconds, now), events);
                break;
            case ResetTimer:
                SetTimer(Countdown.Reset(s.Timer), events);
                break;
            case ClearTimer:
                SetTimer(null, events);
                break;
            case RaiseHand:
                SetSpeakers(SpeakerQueue.Raise(s.Speakers, by.ParticipantId, now), events);
                break;
            case LowerHand c:
                LowerHandOf(by, c.ParticipantId ?? by.ParticipantId, events);
                break;
            case ReorderSpeakers c:
                SetSpeakers(SpeakerQueue.Reorder(s.Speakers, c.Order), events);
                break;
            case GiveFloor c:
                GiveFloorTo(Member(c.ParticipantId), now, events);
                break;
            case EndFloor:
                EndFloorBy(by, now, events);
                break;
            case SetSpeakingLimit c:
                SetSpeakers(SpeakerQueue.SetLimit(s.Speakers, c.Seconds), events);
                break;
            case SetFocus c:
                await SetFocus(c, now, events);
                break;
            case BlankRoomScreen c:
                SetRoomScreen(c.Blanked, now, events);
                break;
            case CreatePoll or OpenPoll or ClosePoll or RecuseVoter or SetVotingRight:
                await ApplyPoll(by, command, events);
                break;
            case AddIntentionItem or CreateIntentionPoll or RecuseMember or SetSeatMember:
                await ApplyIntentions(by, command, events);
                break;
            case AddProposal or EditProposal or MoveProposal or LinkProposal or MergeProposals or RemoveProposal or SetBrainstorm or RevealProposals
                or StartPrioritisation or PlaceDots or ClosePrioritisation:
                await ApplyBoard(by, command, events);
                break;
            case RecordCommand c:
                await ApplyRecord(by, c, events);
                break;
            default:
                await Moderate(by, command, now, events);
                break;
        }
    }

    private void SetAgenda(Agenda agenda, List<MeetingEvent> events)
    {
        state.State.Agenda = agenda;
        events.Add(new AgendaChanged(Id, 0, agenda));
    }

    private void SetTimer(MeetingTimer? timer, List<MeetingEvent> events)
    {
        state.State.Timer = timer;
        events.Add(new TimerChanged(Id, 0, timer));
    }

    private void SetSpeakers(Speakers speakers, List<MeetingEvent> events)
    {
        state.State.Speakers = speakers;
        events.Add(new SpeakersChanged(Id, 0, speakers));
    }

    private void LowerHandOf(RosterEntry by, Guid participantId, List<MeetingEvent> events)
    {
        if (participantId != by.ParticipantId && by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        if (state.State.Speakers.Queue.All(h => h.ParticipantId != participantId))
        {
            throw new DomainException(ErrorCodes.NotInQueue);
        }

        SetSpeakers(SpeakerQueue.Lower(state.State.Speakers, participantId), events);
    }

    /// <summary>Gives the floor; with a speaking limit the countdown starts for the speaker.</summary>
    private void GiveFloorTo(RosterEntry speaker, DateTimeOffset now, List<MeetingEvent> events)
    {
        if (speaker.Removed || speaker.Role < MeetingRole.Participant)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "only participants and facilitators speak");
        }

        var previous = state.State.Speakers.Floor;
        SetSpeakers(SpeakerQueue.Give(state.State.Speakers, speaker.ParticipantId, now), events);
        if (state.State.Speakers.LimitSeconds is { } limit)
        {
            SetTimer(Countdown.Start(limit, speaker.DisplayName, speaker.ParticipantId, now), events);
        }
        else if (previous is not null && state.State.Timer?.SpeakerId == previous.ParticipantId)
        {
            SetTimer(null, events);
        }
    }

    private void EndFloorBy(RosterEntry by, DateTimeOffset now, List<MeetingEvent> events)
    {
        var floor = state.State.Speakers.Floor ?? throw new DomainException(ErrorCodes.NotInQueue, "nobody has the floor");
        if (floor.ParticipantId != by.ParticipantId && by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        SetSpeakers(SpeakerQueue.End(state.State.Speakers, now), events);
        if (state.State.Timer?.SpeakerId == floor.ParticipantId)
        {
            SetTimer(null, events);
        }
    }

    private async Task SetFocus(SetFocus command, DateTimeOffset now, List<MeetingEvent> events)
    {
        var kind = TextRules.Defined(command.Kind);
        var known = kind switch
        {
            FocusKind.None or FocusKind.Ranking or FocusKind.JoinCard => command.TargetId is null,
            FocusKind.AgendaItem => state.State.Agenda.Items.Any(i => i.Id == command.TargetId),
            FocusKind.Poll => command.TargetId is { } pollId && await Polls.Exists(pollId),
            FocusKind.Section => command.TargetId is { } sectionId && await IsSectionAsync(sectionId),
            _ => false,
        };
        if (!known)
        {
            throw new DomainException(ErrorCodes.NotFound, "focus target");
        }

        if (kind == FocusKind.JoinCard)
        {
            await RoomJoinCard.Prepare(Id, state.State, command.Codes, GrainFactory, now);
            _peopleChanged = true; // the room's invite, when it was created now
        }
        else if (command.Codes != JoinCardCodes.None)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "only a join card shows codes");
        }

        state.State.Focus = new Focus(kind, command.TargetId, now, command.Codes);
        events.Add(new FocusChanged(Id, 0, state.State.Focus));
    }

    /// <summary>Keeps one grain timer on the running countdown's end, so its finish reaches everyone.</summary>
    private void ScheduleCountdown()
    {
        _countdown?.Dispose();
        _countdown = null;
        if (state.State.Timer?.EndsAt is { } endsAt)
        {
            var due = endsAt - time.GetUtcNow();
            _countdown = this.RegisterGrainTimer(FinishCountdown, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task FinishCountdown(CancellationToken cancellationToken)
    {
        if (Countdown.FinishIfDue(state.State.Timer, time.GetUtcNow()) is { } finished)
        {
            var events = new List<MeetingEvent>();
            SetTimer(finished, events);
            await Publish(events);
        }

        ScheduleCountdown();
    }

    private RosterEntry Member(Guid participantId) =>
        state.State.Roster.Find(e => e.ParticipantId == participantId) ?? throw new DomainException(ErrorCodes.NotFound, "participant");

    /// <summary>A removed person may do nothing, ever.</summary>
    /// <summary>The entry if its person may act now: not removed, and the invite they came by still open.</summary>
    private RosterEntry Usable(RosterEntry? entry)
    {
        switch (entry)
        {
            case null:
                throw new DomainException(ErrorCodes.Forbidden);
            case { Removed: true }:
                throw new DomainException(ErrorCodes.ParticipantRemoved);
            case { InviteId: { } inviteId }:
                if (state.State.Invites.Find(i => i.InviteId == inviteId) is { } invite)
                {
                    RequireOpen(invite);
                }

                // An invite gone from the list and marked ended counts as revoked.
                return entry.AccessEnded ? throw new DomainException(ErrorCodes.InviteRevoked) : entry;
            default:
                return entry;
        }
    }
}
