using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>The facilitator's running of the meeting: agenda, countdown, speakers, focus and the room screen.</summary>
public sealed class Facilitation(Guid meetingId, MeetingFlow flow, MeetingParts parts)
{
    private MeetingState S => flow.State;

    public async Task Apply(RosterEntry by, MeetingCommand command, DateTimeOffset now, MeetingChanges changes)
    {
        var live = flow.Details.Phase == MeetingPhase.Live;
        switch (command)
        {
            case AddAgendaItem c:
                flow.SetAgenda(await WithMinutesSections(AgendaEditing.Add(S.Agenda, c.Item, c.Position, Guid.NewGuid())), changes);
                break;
            case UpdateAgendaItem c:
                flow.SetAgenda(await WithMinutesSections(AgendaEditing.Update(S.Agenda, c.ItemId, c.Item)), changes);
                break;
            case RemoveAgendaItem c:
                flow.SetAgenda(AgendaEditing.Remove(S.Agenda, c.ItemId, now), changes);
                break;
            case MoveAgendaItem c:
                flow.SetAgenda(AgendaEditing.Move(S.Agenda, c.ItemId, c.Position), changes);
                break;
            case SetCurrentAgendaItem c:
                flow.SetAgenda(AgendaEditing.SetCurrent(S.Agenda, c.ItemId, now, live), changes);
                break;
            case StartTimer c:
                flow.SetTimer(Countdown.Start(c.Seconds, c.Label, null, now), changes);
                break;
            case PauseTimer:
                flow.SetTimer(Countdown.Pause(S.Timer, now), changes);
                break;
            case ResumeTimer:
                flow.SetTimer(Countdown.Resume(S.Timer, now), changes);
                break;
            case ExtendTimer c:
                flow.SetTimer(Countdown.Extend(S.Timer, c.Seconds, now), changes);
                break;
            case ResetTimer:
                flow.SetTimer(Countdown.Reset(S.Timer), changes);
                break;
            case ClearTimer:
                flow.SetTimer(null, changes);
                break;
            case RaiseHand:
                flow.SetSpeakers(SpeakerQueue.Raise(S.Speakers, by.ParticipantId, now), changes);
                break;
            case LowerHand c:
                LowerHandOf(by, c.ParticipantId ?? by.ParticipantId, changes);
                break;
            case ReorderSpeakers c:
                flow.SetSpeakers(SpeakerQueue.Reorder(S.Speakers, c.Order), changes);
                break;
            case GiveFloor c:
                GiveFloorTo(await parts.Roster.Member(c.ParticipantId), now, changes);
                break;
            case EndFloor:
                EndFloorBy(by, now, changes);
                break;
            case SetSpeakingLimit c:
                flow.SetSpeakers(SpeakerQueue.SetLimit(S.Speakers, c.Seconds), changes);
                break;
            case SetFocus c:
                await SetFocus(c, now, changes);
                break;
            case BlankRoomScreen c:
                flow.SetRoomScreen(c.Blanked, now, changes);
                break;
            default:
                throw new DomainException(ErrorCodes.InvalidValue, "unknown command");
        }
    }

    /// <summary>
    /// A changed agenda, once the minutes (if there are any yet) have a section for each of its items: the sections
    /// exist before anyone hears of the item, and a refusal leaves the agenda as it was.
    /// </summary>
    private async Task<Agenda> WithMinutesSections(Agenda agenda)
    {
        await parts.Records.EnsureSections(agenda);
        return agenda;
    }

    private void LowerHandOf(RosterEntry by, Guid participantId, MeetingChanges changes)
    {
        if (participantId != by.ParticipantId && by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        if (S.Speakers.Queue.All(h => h.ParticipantId != participantId))
        {
            throw new DomainException(ErrorCodes.NotInQueue);
        }

        flow.SetSpeakers(SpeakerQueue.Lower(S.Speakers, participantId), changes);
    }

    /// <summary>Gives the floor; with a speaking limit the countdown starts for the speaker.</summary>
    private void GiveFloorTo(RosterEntry speaker, DateTimeOffset now, MeetingChanges changes)
    {
        if (speaker.Removed || speaker.Role < MeetingRole.Participant)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "only participants and facilitators speak");
        }

        var previous = S.Speakers.Floor;
        flow.SetSpeakers(SpeakerQueue.Give(S.Speakers, speaker.ParticipantId, now), changes);
        if (S.Speakers.LimitSeconds is { } limit)
        {
            flow.SetTimer(Countdown.Start(limit, speaker.DisplayName, speaker.ParticipantId, now), changes);
        }
        else if (previous is not null && S.Timer?.SpeakerId == previous.ParticipantId)
        {
            flow.SetTimer(null, changes);
        }
    }

    private void EndFloorBy(RosterEntry by, DateTimeOffset now, MeetingChanges changes)
    {
        var floor = S.Speakers.Floor ?? throw new DomainException(ErrorCodes.NotInQueue, "nobody has the floor");
        if (floor.ParticipantId != by.ParticipantId && by.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        flow.SetSpeakers(SpeakerQueue.End(S.Speakers, now), changes);
        if (S.Timer?.SpeakerId == floor.ParticipantId)
        {
            flow.SetTimer(null, changes);
        }
    }

    private async Task SetFocus(SetFocus command, DateTimeOffset now, MeetingChanges changes)
    {
        var kind = TextRules.Defined(command.Kind);
        var known = kind switch
        {
            FocusKind.None or FocusKind.Ranking or FocusKind.JoinCard => command.TargetId is null,
            FocusKind.AgendaItem => S.Agenda.Items.Any(i => i.Id == command.TargetId),
            FocusKind.Poll => command.TargetId is { } pollId && await parts.Polls.Exists(pollId),
            FocusKind.Section => command.TargetId is { } sectionId && await parts.IsSection(flow.Details, sectionId),
            FocusKind.Question => command.TargetId is { } questionId && await parts.Questions.IsPublic(questionId),
            FocusKind.WordCloud => command.TargetId is null && await parts.RoomPoll.HasWordCloud(),
            _ => false,
        };
        if (!known)
        {
            throw new DomainException(ErrorCodes.NotFound, "focus target");
        }

        if (kind == FocusKind.JoinCard)
        {
            await RoomJoinCard.Prepare(meetingId, S, command.Codes, parts, now);
        }
        else if (command.Codes != JoinCardCodes.None)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "only a join card shows codes");
        }

        flow.SetFocus(new Focus(kind, command.TargetId, now, command.Codes), changes);
    }
}
