using CommunityPlanning.Common;

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

    /// <summary>Moves the merged seat's ballot and recusal in a poll not yet closed; true when the poll changed.</summary>
    public static bool Merge(PollState poll, Guid keptId, Guid mergedId)
    {
        var changed = false;
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
}
