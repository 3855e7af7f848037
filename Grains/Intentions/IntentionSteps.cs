using CommunityPlanning.Common;
using CommunityPlanning.Voting;
using static CommunityPlanning.Intentions.IntentionState;

namespace CommunityPlanning.Intentions;

/// <summary>Which states each step of the procedure starts from, and what a meeting's vote means for the intention.</summary>
public static class IntentionSteps
{
    public static readonly IntentionState[] ProviderEdits = [Draft, ReturnedForCompletion];
    public static readonly IntentionState[] Completeness = [Submitted];
    public static readonly IntentionState[] Return = [Submitted, Complete];
    public static readonly IntentionState[] Assignment = [Complete, InWorkingGroup];
    public static readonly IntentionState[] Opinion = [InWorkingGroup, OpinionGiven];
    public static readonly IntentionState[] Statement = [Complete, InWorkingGroup, OpinionGiven];

    /// <summary>A decision needs the opinion (and the statement); a recorded one is corrected only by a new one.</summary>
    public static readonly IntentionState[] Decision = [OpinionGiven, Approved, Rejected];
    public static readonly IntentionState[] Outcome = [Approved, RegionDecided];
    public static readonly IntentionState[] Realisation = [RegionDecided, Realised, NotRealised];

    public static void Require(IntentionState current, IntentionState[] allowed)
    {
        if (!allowed.Contains(current))
        {
            throw new DomainException(IntentionErrorCodes.InvalidTransition, $"not from {current}");
        }
    }

    /// <summary>The working group's opinion from its poll: none without a quorum, or when nothing was decided.</summary>
    public static GroupOpinion OpinionOf(IntentionVote vote) => !vote.QuorumMet ? GroupOpinion.None : vote.Verdict.Outcome switch
    {
        VerdictOutcome.Adopted => GroupOpinion.Recommending,
        VerdictOutcome.Rejected or VerdictOutcome.Tie => GroupOpinion.NotRecommending,
        _ => GroupOpinion.None,
    };

    /// <summary>What the trail says of a vote: "7:2:1, recused: Jana Nováková" or "no quorum".</summary>
    public static string Describe(IntentionVote vote, string result)
    {
        var counts = $"{result} {vote.Verdict.For}:{vote.Verdict.Against}:{vote.Verdict.Abstained}";
        var block = vote.IntentionIds.Count > 1 ? $", block of {vote.IntentionIds.Count}" : "";
        var quorum = vote.QuorumMet ? "" : ", no quorum";
        var recused = vote.Recused.Count > 0 ? $", recused: {string.Join(", ", vote.Recused)}" : "";
        return $"{counts}{quorum}{block}{recused} (meeting {vote.MeetingId}, poll {vote.PollId})";
    }
}
