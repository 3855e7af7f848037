using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Moderation: the facilitator's commands on people (applied by the roster), on arrivals and on the lead, and what
/// they mean for the speakers and the details; each kept in the moderation log with time and who.
/// </summary>
public sealed class Moderation(MeetingFlow flow, MeetingParts parts)
{
    public static bool Handles(MeetingCommand command) => command is MuteParticipant or RemoveParticipant or ReadmitParticipant or SetArrivalsClosed
        or HandOverLead or MarkAttendance or SetAttendeeKind or MergeSeats or AddRoomAttendee or SetVotingRight
        or SetPublicName or AllowProxy;

    public async Task Apply(RosterEntry by, MeetingCommand command, DateTimeOffset now, MeetingChanges changes)
    {
        switch (command)
        {
            case SetArrivalsClosed c:
                if (flow.Details.ArrivalsClosed != c.Closed)
                {
                    flow.SetDetails(flow.Details with { ArrivalsClosed = c.Closed }, changes);
                    changes.Record(by, c.Closed ? ModerationAction.ArrivalsClosed : ModerationAction.ArrivalsOpened, null, now);
                }

                break;
            case HandOverLead c:
                var lead = await parts.Roster.Member(c.ParticipantId);
                if (lead.Role != MeetingRole.Facilitator || lead.Removed)
                {
                    throw new DomainException(ErrorCodes.InvalidValue, "the lead goes to a facilitator of the meeting");
                }

                flow.SetDetails(flow.Details with { LeadParticipantId = lead.ParticipantId, FacilitatorName = lead.DisplayName }, changes);
                changes.Record(by, ModerationAction.LeadHandedOver, lead, now);
                break;
            case MergeSeats c:
                await Merge(by, c, now, changes);
                break;
            default:
                var change = await parts.Roster.Apply(by, command);
                if (change.Action is { } action)
                {
                    Applied(by, change.Entry, action, now, changes);
                }

                break;
        }
    }

    /// <summary>The account no longer manages the group: its entry is removed, and it leaves the speakers.</summary>
    public async Task EndOrganizerAccess(Guid accountId, DateTimeOffset now, MeetingChanges changes)
    {
        if (await parts.Roster.EndOrganizerAccess(accountId) is { } entry)
        {
            flow.WithoutSpeaker(entry.ParticipantId, now, changes);
        }
    }

    private void Applied(RosterEntry by, RosterEntry target, ModerationAction action, DateTimeOffset now, MeetingChanges changes)
    {
        changes.Record(by, action, target, now);
        if (action is ModerationAction.Muted or ModerationAction.Removed)
        {
            flow.WithoutSpeaker(target.ParticipantId, now, changes);
        }

        if (action == ModerationAction.Removed && flow.Details.LeadParticipantId == target.ParticipantId)
        {
            flow.SetDetails(flow.Details with { LeadParticipantId = null, FacilitatorName = by.DisplayName }, changes);
        }
    }

    /// <summary>
    /// Two seats become one: the roster merges them (with the ballots and the board, <see cref="IMeetingRosterGrain.MergeSeats"/>),
    /// then the speakers and the countdown follow. Asked again after a failure, each step that was done does nothing.
    /// </summary>
    private async Task Merge(RosterEntry by, MergeSeats command, DateTimeOffset now, MeetingChanges changes)
    {
        var merge = await parts.Roster.MergeSeats(command.KeptId, command.MergedId);
        var (kept, mergedId) = (merge.Kept, merge.MergedId);
        changes.Record(new ModerationRecord(now, by.ParticipantId, by.DisplayName, ModerationAction.SeatsMerged, kept.ParticipantId, kept.DisplayName,
            mergedId, merge.MergedName));
        var speakers = SeatMerging.Speakers(flow.State.Speakers, kept.ParticipantId, mergedId);
        if (speakers != flow.State.Speakers)
        {
            flow.SetSpeakers(speakers, changes);
        }

        if (flow.State.Timer?.SpeakerId == mergedId)
        {
            flow.SetTimer(flow.State.Timer with { SpeakerId = kept.ParticipantId }, changes);
        }
    }
}
