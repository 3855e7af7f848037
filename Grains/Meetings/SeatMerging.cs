using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Two seats of one person become one (the facilitator's <see cref="MergeSeats"/>). The kept seat keeps its own
/// settings (muted, voting right, kind; its attendance mark, or the merged seat's when it had none) and takes over what
/// the merged seat did where it had not done the same itself:
/// <list type="bullet">
/// <item>speakers: one hand, at the earlier place in the queue; the floor and its countdown if the merged seat had it;
/// its speaking turns;</item>
/// <item>polls not yet closed (moved by the ballot box, <see cref="PollSeats"/>): the kept seat's ballot stays, the merged seat's counts only where the kept seat did not
/// vote; a recusal carries over unless the kept seat voted. A secret ballot cannot be found, so merging two seats that
/// both voted in an open secret poll is refused (<c>participant.merge_secret_ballots</c>). Closed polls are the record
/// and stay as they were counted;</item>
/// <item>the board (moved by the board grain, <see cref="BoardSeats"/>): the merged seat's proposals become the kept seat's; in an open prioritisation round the kept seat's
/// dots stay and the merged seat's are taken only if the kept seat placed none (never more than one voter's dots).</item>
/// <item>questions (moved by the questions grain, <c>QuestionSeats</c>): the merged seat's are the kept seat's, its upvotes count once;</item>
/// <item>input entered on someone's behalf for or by the merged seat: its markers name the kept seat everywhere, closed
/// polls and rankings included (<see cref="OnBehalfSeats"/>; their counts stay).</item>
/// </list>
/// Only seats of the same role, neither removed nor an organizer's own (an account is one person already), merge.
/// </summary>
public static class SeatMerging
{
    /// <summary>
    /// Whether the two seats may merge as far as the roster goes (the ballot box checks the polls before anything
    /// changes); the two entries.
    /// </summary>
    public static (RosterEntry Kept, RosterEntry Merged) Check(MeetingPeopleState state, Guid keptId, Guid mergedId, int maxMerged)
    {
        if (keptId == mergedId)
        {
            throw new DomainException(ErrorCodes.MergeSameSeat);
        }

        var kept = Entry(state, keptId);
        var merged = Entry(state, mergedId);
        if (kept.AccountId is not null || merged.AccountId is not null || kept.Removed || merged.Removed || kept.Role != merged.Role)
        {
            throw new DomainException(ErrorCodes.MergeInvalid);
        }

        if (state.MergedSeats.Count >= maxMerged)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {maxMerged} merged seats");
        }

        return (kept, merged);
    }

    /// <summary>The merge, if these two seats were merged already (a merge asked again answers as the first time).</summary>
    public static SeatMerge? Done(MeetingPeopleState state, Guid keptId, Guid mergedId) =>
        state.MergedSeats.Find(m => m.ParticipantId == mergedId && m.KeptId == keptId) is { } done
        && state.Roster.Find(e => e.ParticipantId == keptId) is { } kept
            ? new SeatMerge(kept, mergedId, done.DisplayName)
            : null;

    /// <summary>Merges the seats on the roster (checked with <see cref="Check"/>; the ballot box and the board have moved what they hold).</summary>
    public static SeatMerge Merge(MeetingPeopleState state, Guid keptId, Guid mergedId, DateTimeOffset now, int maxMerged)
    {
        var (kept, merged) = Check(state, keptId, mergedId, maxMerged);
        var keptEntry = kept with { Attendance = kept.Attendance == Attendance.Unmarked ? merged.Attendance : kept.Attendance };
        state.Roster[state.Roster.IndexOf(kept)] = keptEntry;
        state.Roster.Remove(merged);
        for (var i = 0; i < state.MergedSeats.Count; i++)
        {
            if (state.MergedSeats[i].KeptId == mergedId)
            {
                state.MergedSeats[i] = state.MergedSeats[i] with { KeptId = keptId };
            }
        }

        state.MergedSeats.Add(new MergedSeat(mergedId, merged.DisplayName, merged.InviteId, keptId, now));
        return new SeatMerge(keptEntry, mergedId, merged.DisplayName);
    }

    private static RosterEntry Entry(MeetingPeopleState state, Guid participantId) =>
        state.Roster.Find(e => e.ParticipantId == participantId) ?? throw new DomainException(ErrorCodes.NotFound, "participant");

    /// <summary>The speakers with the merged seat's hand, floor and turns as the kept seat's (the meeting's part of a merge).</summary>
    public static Speakers Speakers(Speakers speakers, Guid keptId, Guid mergedId)
    {
        var floor = speakers.Floor?.ParticipantId == mergedId ? speakers.Floor with { ParticipantId = keptId } : speakers.Floor;
        var queue = new List<RaisedHand>();
        foreach (var hand in speakers.Queue)
        {
            var who = hand.ParticipantId == mergedId ? keptId : hand.ParticipantId;
            if (who != floor?.ParticipantId && queue.All(h => h.ParticipantId != who))
            {
                queue.Add(hand with { ParticipantId = who });
            }
        }

        var changed = floor != speakers.Floor || queue.Count != speakers.Queue.Count || !queue.SequenceEqual(speakers.Queue)
            || speakers.Turns.Any(t => t.ParticipantId == mergedId);
        return changed
            ? speakers with
            {
                Floor = floor,
                Queue = queue,
                Turns = [.. speakers.Turns.Select(t => t.ParticipantId == mergedId ? t with { ParticipantId = keptId } : t)],
            }
            : speakers;
    }
}
