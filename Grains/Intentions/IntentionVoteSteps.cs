using CommunityPlanning.Common;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Intentions.IntentionState;

namespace CommunityPlanning.Intentions;

/// <summary>
/// A meeting's vote on an intention (<see cref="IIntentionVotes"/>): checks that the intention waits for it and that the
/// meeting is the right one, then changes the stored intention; the grain logs the returned entry and writes. The same
/// poll recorded again (a meeting repeating its call) changes nothing. A vote without a quorum or a result changes no
/// state: it goes into the trail and is kept as the inconclusive one (the public register shows it) until a vote decides.
/// </summary>
public sealed class IntentionVoteSteps(IGrainFactory grains, StoredIntention intention, Guid id)
{
    public sealed record Entry(IntentionAction Action, string Detail);

    public async Task<Entry?> Opinion(IntentionVote vote)
    {
        RequireNamed(vote);
        if (intention.Opinion?.Vote.PollId == vote.PollId || intention.InconclusiveOpinion?.PollId == vote.PollId)
        {
            return null;
        }

        IntentionSteps.Require(intention.State, IntentionSteps.Opinion);
        // Asked while the meeting waits for us: the group answers this without waiting (AlwaysInterleave), so no cycle.
        if (intention.WorkingGroupId is not { } group || !await grains.GetGrain<IWorkingGroupGrain>(group).HasMeeting(vote.MeetingId))
        {
            throw new DomainException(IntentionErrorCodes.WrongMeeting, "not a meeting of the intention's working group");
        }

        var opinion = IntentionSteps.OpinionOf(vote);
        if (opinion != GroupOpinion.None)
        {
            intention.Opinion = new RecordedVote(vote, opinion, null);
            intention.State = OpinionGiven;
        }

        intention.InconclusiveOpinion = opinion == GroupOpinion.None ? vote : null;

        return new Entry(IntentionAction.OpinionRecorded, IntentionSteps.Describe(vote, opinion.ToString()));
    }

    public Entry? Decision(IntentionVote vote, SteeringDecision? decision)
    {
        RequireNamed(vote);
        if (intention.Decision?.Vote.PollId == vote.PollId || intention.InconclusiveDecision?.PollId == vote.PollId)
        {
            return null;
        }

        if (vote.MeetingId != intention.Terms.SteeringMeetingId)
        {
            throw new DomainException(IntentionErrorCodes.WrongMeeting, "not the call's steering meeting");
        }

        if (intention.State == InWorkingGroup || (intention.State == OpinionGiven && intention.Statement is null))
        {
            throw new DomainException(IntentionErrorCodes.NotReady, "the opinion and the statement come first");
        }

        IntentionSteps.Require(intention.State, IntentionSteps.Decision);
        var reached = vote.QuorumMet && decision is { } d ? TextRules.Defined(d) : (SteeringDecision?)null;
        if (reached is { } decided)
        {
            intention.Decision = new RecordedVote(vote, GroupOpinion.None, decided);
            intention.State = decided switch
            {
                SteeringDecision.Approved => Approved,
                SteeringDecision.Rejected => Rejected,
                _ => ReturnedForCompletion,
            };
            if (decided == SteeringDecision.Returned)
            {
                intention.ReturnNote = null;
            }
        }

        intention.InconclusiveDecision = reached is null ? vote : null;

        return new Entry(IntentionAction.DecisionRecorded, IntentionSteps.Describe(vote, reached?.ToString() ?? "None"));
    }

    private void RequireNamed(IntentionVote vote)
    {
        if (!vote.IntentionIds.Contains(id))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "the vote does not name this intention");
        }
    }
}
