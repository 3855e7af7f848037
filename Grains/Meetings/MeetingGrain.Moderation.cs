using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>Moderation (recorded with time and who) and attendance.</summary>
public sealed partial class MeetingGrain
{
    private async Task Moderate(RosterEntry by, MeetingCommand command, DateTimeOffset now, List<MeetingEvent> events)
    {
        switch (command)
        {
            case MuteParticipant c:
                var muted = Member(c.ParticipantId);
                if (muted.Role == MeetingRole.Facilitator)
                {
                    throw new DomainException(ErrorCodes.InvalidValue, "facilitators cannot be muted");
                }

                if (muted.Muted != c.Muted)
                {
                    Replace(muted with { Muted = c.Muted }, events);
                    Record(by, c.Muted ? ModerationAction.Muted : ModerationAction.Unmuted, muted, now, events);
                    if (c.Muted)
                    {
                        SetSpeakers(SpeakerQueue.Without(state.State.Speakers, muted.ParticipantId, now), events);
                    }
                }

                break;
            case RemoveParticipant c:
                Remove(by, Member(c.ParticipantId), c.RevokeInvite, now, events);
                break;
            case ReadmitParticipant c:
                var readmitted = Member(c.ParticipantId);
                if (readmitted.Removed)
                {
                    Replace(readmitted with { Removed = false }, events);
                    Record(by, ModerationAction.Readmitted, readmitted, now, events);
                }

                break;
            case SetArrivalsClosed c:
                if (Details.ArrivalsClosed != c.Closed)
                {
                    SetDetails(Details with { ArrivalsClosed = c.Closed }, events);
                    Record(by, c.Closed ? ModerationAction.ArrivalsClosed : ModerationAction.ArrivalsOpened, null, now, events);
                }

                break;
            case HandOverLead c:
                var lead = Member(c.ParticipantId);
                if (lead.Role != MeetingRole.Facilitator || lead.Removed)
                {
                    throw new DomainException(ErrorCodes.InvalidValue, "the lead goes to a facilitator of the meeting");
                }

                SetDetails(Details with { LeadParticipantId = lead.ParticipantId, FacilitatorName = lead.DisplayName }, events);
                Record(by, ModerationAction.LeadHandedOver, lead, now, events);
                break;
            case MarkAttendance c:
                var marked = Member(c.ParticipantId);
                Replace(marked with { Attendance = TextRules.Defined(c.Attendance) }, events);
                break;
            case SetAttendeeKind c:
                var kind = Member(c.ParticipantId);
                Replace(kind with { Kind = TextRules.Defined(c.Kind) }, events);
                break;
            case MergeSeats c:
                await MergeSeatsOf(by, c, now, events);
                break;
            case AddRoomAttendee c:
                AddToRoster(new RosterEntry(Guid.NewGuid(), TextRules.Name(c.Name), MeetingRole.Participant, null, now,
                    Attendance: Attendance.Present, Kind: TextRules.Defined(c.Kind)), events);
                break;
            default:
                throw new DomainException(ErrorCodes.InvalidValue, "unknown command");
        }
    }

    private void Remove(RosterEntry by, RosterEntry target, bool revokeInvite, DateTimeOffset now, List<MeetingEvent> events)
    {
        if (target.ParticipantId == by.ParticipantId || target.AccountId == Details.FacilitatorAccountId)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "neither oneself nor the meeting's organizer can be removed");
        }

        if (target.Removed)
        {
            return;
        }

        // The web servers close the person's connections when they see the entry removed.
        Replace(target with { Removed = true }, events);
        Record(by, ModerationAction.Removed, target, now, events);
        SetSpeakers(SpeakerQueue.Without(state.State.Speakers, target.ParticipantId, now), events);
        if (Details.LeadParticipantId == target.ParticipantId)
        {
            SetDetails(Details with { LeadParticipantId = null, FacilitatorName = by.DisplayName }, events);
        }

        if (revokeInvite && target.InviteId is { } inviteId)
        {
            var index = state.State.Invites.FindIndex(i => i.InviteId == inviteId);
            if (index >= 0 && state.State.Invites[index].RevokedAt is null)
            {
                state.State.Invites[index] = state.State.Invites[index] with { RevokedAt = now };
                _peopleChanged = true;
                EndAccessOfClosedInvites(events);
            }
        }
    }

    /// <summary>
    /// Two seats become one (<see cref="SeatMerging"/>); the merged seat's connections go on as the kept one. The roster
    /// is checked first, then the ballot box moves the ballots (or refuses), and only then the roster changes.
    /// </summary>
    private async Task MergeSeatsOf(RosterEntry by, MergeSeats command, DateTimeOffset now, List<MeetingEvent> events)
    {
        SeatMerging.Check(state.State, command.KeptId, command.MergedId, MaxRosterEntries);
        var polls = await Polls.MergeSeats(command.KeptId, command.MergedId);
        var outcome = SeatMerging.Merge(state.State, command.KeptId, command.MergedId, now, MaxRosterEntries);
        _peopleChanged = true;
        var kept = outcome.Kept;
        if (_presence.Move(outcome.Merged.ParticipantId, Attendee.Of(kept)) && kept.Role == MeetingRole.Observer)
        {
            Moved(Attendee.Of(kept), true, events); // the audience may be one fewer: its count goes out as usual
        }

        events.Add(new SeatsMerged(Id, 0, kept, outcome.Merged.ParticipantId, _presence.IsPresent(kept.ParticipantId)));
        Record(new ModerationRecord(now, by.ParticipantId, by.DisplayName, ModerationAction.SeatsMerged, kept.ParticipantId, kept.DisplayName,
            outcome.Merged.ParticipantId, outcome.Merged.DisplayName), events);
        if (outcome.SpeakersChanged)
        {
            events.Add(new SpeakersChanged(Id, 0, state.State.Speakers));
        }

        if (outcome.TimerChanged)
        {
            events.Add(new TimerChanged(Id, 0, state.State.Timer));
        }

        if (polls.Count > 0)
        {
            events.AddRange((await Polls.Get(Electorate())).Where(p => polls.Contains(p.Id)).Select(p => new PollChanged(Id, 0, p)));
        }
        events.AddRange(await Board.MergeSeats(kept.ParticipantId, outcome.Merged.ParticipantId));
    }

    /// <summary>The meeting went live or ended: time and turns are booked, a running countdown stops at the end.</summary>
    private void PhaseChanged(RosterEntry by, MeetingPhase phase, DateTimeOffset now, List<MeetingEvent> events)
    {
        if (phase == MeetingPhase.Live)
        {
            SetAgenda(AgendaEditing.Start(state.State.Agenda, now), events);
            Record(by, ModerationAction.Started, null, now, events);
            return;
        }

        SetAgenda(AgendaEditing.Book(state.State.Agenda, now), events);
        SetSpeakers(SpeakerQueue.End(state.State.Speakers with { Queue = [] }, now), events);
        if (state.State.Timer is { Running: true })
        {
            SetTimer(Countdown.Pause(state.State.Timer, now), events);
        }

        Record(by, ModerationAction.Ended, null, now, events);
    }

    private void Replace(RosterEntry entry, List<MeetingEvent> events)
    {
        var index = state.State.Roster.FindIndex(e => e.ParticipantId == entry.ParticipantId);
        state.State.Roster[index] = entry;
        _peopleChanged = true;
        events.Add(new RosterChanged(Id, 0, entry));
    }

    private void SetDetails(MeetingDetails details, List<MeetingEvent> events)
    {
        state.State.Details = details;
        events.Add(new MeetingUpdated(Id, 0, details));
    }

    private void Record(RosterEntry by, ModerationAction action, RosterEntry? target, DateTimeOffset now, List<MeetingEvent> events) =>
        Record(new ModerationRecord(now, by.ParticipantId, by.DisplayName, action, target?.ParticipantId, target?.DisplayName), events);

    private void Record(ModerationRecord record, List<MeetingEvent> events)
    {
        if (state.State.Moderation.Count >= MaxModerationRecords)
        {
            state.State.Moderation.RemoveAt(0);
        }

        state.State.Moderation.Add(record);
        events.Add(new ModerationRecorded(Id, 0, record));
    }
}
