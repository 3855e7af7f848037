using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Voting;

/// <summary>
/// What the minutes say under a poll about development intentions: a block decision as such, the quorum of the
/// group's members with its outcome, and the members recused for a conflict of interest (with the reason).
/// </summary>
public static class IntentionVoteText
{
    public static IEnumerable<string> Lines(IntentionPoll intention, PollResult result, Func<string, string> T)
    {
        if (intention.IsBlock)
        {
            yield return T("intentionVote.block");
        }

        yield return VerdictText.Fill(T("intentionVote.quorum"), new Dictionary<string, string>
        {
            ["members"] = intention.Members.ToString(CzechFormat.Culture),
            ["recused"] = intention.RecusedMembers.Count.ToString(CzechFormat.Culture),
            ["quorum"] = intention.Quorum.ToString(CzechFormat.Culture),
            ["voted"] = result.Voted.ToString(CzechFormat.Culture),
        }) + " " + T(result.Valid ? "intentionVote.quorumMet" : "intentionVote.quorumMissed");
        if (intention.RecusedMembers.Count > 0)
        {
            yield return VerdictText.Fill(T("intentionVote.recused"), new Dictionary<string, string>
            {
                ["names"] = string.Join(", ", intention.RecusedMembers.Select(m => $"{m.Name} ({T($"intentionVote.reason.{m.Reason}")})")),
            });
        }
    }
}
