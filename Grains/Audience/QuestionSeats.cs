using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>
/// Two seats of one person become one (<see cref="SeatMerging"/>): the merged seat's questions, asked by it or entered
/// for it, are the kept seat's (named with the kept seat's name), its upvotes count once, and markers of questions it
/// entered for others name the kept seat.
/// </summary>
public static class QuestionSeats
{
    /// <summary>True when a question changed.</summary>
    public static bool Merge(QuestionsState state, RosterEntry kept, Guid mergedId)
    {
        var keptId = kept.ParticipantId;
        var changed = false;
        foreach (var q in state.Questions)
        {
            if (q.AuthorId == mergedId)
            {
                q.AuthorId = keptId;
                if (q.AuthorName is not null)
                {
                    q.AuthorName = kept.DisplayName;
                    q.PublicAuthorName = QuestionRules.PublicAuthorName(kept);
                }

                changed = true;
            }

            if (q.Voters.Contains(mergedId) || (q.Voters.Contains(keptId) && q.AuthorId == keptId))
            {
                // One vote per person, and none on one's own question.
                q.Voters = [.. q.Voters.Select(v => v == mergedId ? keptId : v).Distinct().Where(v => v != q.AuthorId)];
                changed = true;
            }

            if (q.OnBehalf is { } marker && (marker.ForId == mergedId || marker.ById == mergedId))
            {
                q.OnBehalf = OnBehalfSeats.Moved(marker, kept, mergedId);
                q.PublicEnteredBy = marker.ById == mergedId ? PublicView.Label(kept) : q.PublicEnteredBy;
                changed = true;
            }
        }

        return changed;
    }
}
