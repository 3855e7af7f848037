namespace CommunityPlanning.Voting;

/// <summary>Two seats of one person become one: what that means for the proposals board.</summary>
public static class BoardSeats
{
    /// <summary>Authorship and the open round's dots; true when the board changed.</summary>
    public static bool Merge(BoardState board, Guid keptId, Guid mergedId)
    {
        var changed = false;
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
}
