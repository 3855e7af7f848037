using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>Two seats of one person become one: what that means for the proposals board.</summary>
public static class BoardSeats
{
    /// <summary>
    /// Authorship, the open round's dots and every on-behalf marker naming the merged seat (proposals, dots, closed
    /// rounds' rankings, whose counts stay as they were); true when the board changed.
    /// </summary>
    public static bool Merge(BoardState board, RosterEntry kept, Guid mergedId)
    {
        var keptId = kept.ParticipantId;
        var changed = Markers(board, kept, mergedId);
        foreach (var proposal in board.Proposals.Where(p => p.AuthorIds.Contains(mergedId)))
        {
            proposal.AuthorIds.Remove(mergedId);
            if (!proposal.AuthorIds.Contains(keptId))
            {
                proposal.AuthorIds.Add(keptId);
            }

            changed = true;
        }

        var keptPlaced = board.Dots.Any(d => d.VoterId == keptId);
        for (var i = board.Dots.Count - 1; i >= 0; i--)
        {
            if (board.Dots[i].VoterId == mergedId)
            {
                changed = true;
                if (keptPlaced)
                {
                    board.Dots.RemoveAt(i);
                }
                else
                {
                    board.Dots[i] = board.Dots[i] with { VoterId = keptId };
                }
            }
        }

        return changed;
    }

    private static bool Markers(BoardState board, RosterEntry kept, Guid mergedId)
    {
        var changed = false;
        foreach (var proposal in board.Proposals.Where(p => OnBehalfSeats.Names(p.OnBehalf, mergedId)))
        {
            proposal.OnBehalf = OnBehalfSeats.Moved(proposal.OnBehalf, kept, mergedId);
            changed = true;
        }

        for (var i = 0; i < board.Dots.Count; i++)
        {
            if (OnBehalfSeats.Names([board.Dots[i].OnBehalf], mergedId))
            {
                board.Dots[i] = board.Dots[i] with { OnBehalf = OnBehalfSeats.Moved(board.Dots[i].OnBehalf, kept, mergedId) };
                changed = true;
            }
        }

        for (var i = 0; i < board.Rankings.Count; i++)
        {
            var ranking = board.Rankings[i];
            if (OnBehalfSeats.Names(ranking.OnBehalf, mergedId) || ranking.Entries.Any(e => OnBehalfSeats.Names(e.OnBehalf, mergedId)))
            {
                board.Rankings[i] = ranking with
                {
                    OnBehalf = OnBehalfSeats.Moved(ranking.OnBehalf, kept, mergedId),
                    Entries = [.. ranking.Entries.Select(e => e with { OnBehalf = OnBehalfSeats.Moved(e.OnBehalf, kept, mergedId) })],
                };
                changed = true;
            }
        }

        return changed;
    }
}
