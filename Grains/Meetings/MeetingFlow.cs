using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The meeting's own state (<see cref="MeetingState"/>: details, agenda, countdown, speakers, focus, room screen) and
/// its changes, each noted with its event in a <see cref="MeetingChanges"/>.
/// </summary>
public sealed class MeetingFlow(Guid meetingId, Func<MeetingState> state)
{
    public MeetingState State => state();

    public MeetingDetails Details => State.Details ?? throw new DomainException(ErrorCodes.NotFound);

    public void RequireNotEnded()
    {
        if (Details.Phase == MeetingPhase.Ended)
        {
            throw new DomainException(ErrorCodes.MeetingEnded);
        }
    }

    public void SetDetails(MeetingDetails details, MeetingChanges changes)
    {
        State.Details = details;
        Changed(new MeetingUpdated(meetingId, 0, details), changes);
    }

    public void SetAgenda(Agenda agenda, MeetingChanges changes)
    {
        State.Agenda = agenda;
        Changed(new AgendaChanged(meetingId, 0, agenda), changes);
    }

    public void SetTimer(MeetingTimer? timer, MeetingChanges changes)
    {
        State.Timer = timer;
        Changed(new TimerChanged(meetingId, 0, timer), changes);
    }

    public void SetSpeakers(Speakers speakers, MeetingChanges changes)
    {
        State.Speakers = speakers;
        Changed(new SpeakersChanged(meetingId, 0, speakers), changes);
    }

    /// <summary>The speakers without a person (removed, muted, no longer an organizer).</summary>
    public void WithoutSpeaker(Guid participantId, DateTimeOffset now, MeetingChanges changes) =>
        SetSpeakers(SpeakerQueue.Without(State.Speakers, participantId, now), changes);

    public void SetFocus(Focus focus, MeetingChanges changes)
    {
        State.Focus = focus;
        Changed(new FocusChanged(meetingId, 0, focus), changes);
    }

    /// <summary>Tells the room screens to show again what they show (blanked or not, a new public code).</summary>
    public void SetRoomScreen(bool blanked, DateTimeOffset now, MeetingChanges changes)
    {
        State.RoomScreen = new RoomScreen(blanked, now);
        Changed(new RoomScreenChanged(meetingId, 0, State.RoomScreen), changes);
    }

    /// <summary>The meeting went live or ended: time and turns are booked, a running countdown stops at the end.</summary>
    public void PhaseChanged(RosterEntry by, MeetingPhase phase, DateTimeOffset now, MeetingChanges changes)
    {
        SetDetails(Details with { Phase = phase }, changes);
        if (phase == MeetingPhase.Live)
        {
            SetAgenda(AgendaEditing.Start(State.Agenda, now), changes);
            changes.Record(by, ModerationAction.Started, null, now);
            return;
        }

        SetAgenda(AgendaEditing.Book(State.Agenda, now), changes);
        SetSpeakers(SpeakerQueue.End(State.Speakers with { Queue = [] }, now), changes);
        if (State.Timer is { Running: true })
        {
            SetTimer(Countdown.Pause(State.Timer, now), changes);
        }

        changes.Record(by, ModerationAction.Ended, null, now);
    }

    private static void Changed(MeetingEvent e, MeetingChanges changes)
    {
        changes.Add(e);
        changes.FlowChanged = true;
    }
}
