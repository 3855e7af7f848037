using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>Two seats of one person become one: what that means for the polls not yet closed.</summary>
public static class PollSeats
{
    /// <summary>Both seats cast a secret ballot in one open poll: neither ballot can be found to drop one.</summary>
    public static void RequireMergeable(IEnumerable<PollState> open, Guid keptId, Guid mergedId)
    {
        if (open.Any(p => p.Draft.Secret && p.Voters.Contains(keptId) && p.Voters.Contains(mergedId)))
        {
            throw new DomainException(ErrorCodes.MergeSecretBallots);
        }
    }

    /// <summary>
    /// Moves the merged seat's ballot and recusal in a poll not yet closed, and in any poll the on-behalf markers naming
    /// the merged seat (a closed poll's counts stay as they were counted); true when the poll changed.
    /// </summary>
    public static bool Merge(PollState poll, RosterEntry kept, Guid mergedId)
    {
        var changed = Markers(poll, kept, mergedId);
        if (poll.Phase == PollPhase.Closed)
        {
            return changed;
        }

        var keptId = kept.ParticipantId;
        var keptVoted = poll.Voters.Contains(keptId);
        if (poll.Recused.Remove(mergedId))
        {
            changed = true;
            if (!keptVoted && !poll.Recused.Contains(keptId))
            {
                PollState.InsertSorted(poll.Recused, keptId, id => id);
            }
        }

        if (!poll.Voters.Remove(mergedId))
        {
            return changed;
        }

        var ballot = poll.Named.Find(v => v.ParticipantId == mergedId);
        poll.Named.RemoveAll(v => v.ParticipantId == mergedId);
        if (!keptVoted)
        {
            // A secret ballot stays where it is (only its receipt finds it); its voter is now the kept seat.
            PollState.InsertSorted(poll.Voters, keptId, id => id);
            if (ballot is not null)
            {
                PollState.InsertSorted(poll.Named, ballot with { ParticipantId = keptId }, v => v.ParticipantId);
            }
        }

        return true;
    }

    private static bool Markers(PollState poll, RosterEntry kept, Guid mergedId)
    {
        var changed = false;
        if (OnBehalfSeats.Names(poll.Named.Select(v => v.OnBehalf), mergedId))
        {
            poll.Named = [.. poll.Named.Select(v => v with { OnBehalf = OnBehalfSeats.Moved(v.OnBehalf, kept, mergedId) })];
            changed = true;
        }

        if (poll.Result is { } result && OnBehalfSeats.Names(result.Named.Select(b => b.OnBehalf), mergedId))
        {
            poll.Result = result with { Named = [.. result.Named.Select(b => b with { OnBehalf = OnBehalfSeats.Moved(b.OnBehalf, kept, mergedId) })] };
            changed = true;
        }

        return changed;
    }
}
