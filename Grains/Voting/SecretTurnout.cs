using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// The minimum turnout of a secret poll. Its result beside <c>voterIds</c> reveals the ballots when they are few
/// (one ballot is its own result; two voters split 1:1 each learn the other's choice), so below the minimum the
/// facilitator must say how to close: withhold the result or publish it with the confirmation on the record.
/// Named polls show who voted how anyway and close as ever.
/// </summary>
public static class SecretTurnout
{
    /// <summary>
    /// Null when the poll closes as usual; otherwise the decision to keep with the poll. Without a choice below
    /// the minimum: <c>poll.turnout_too_low</c>, and nothing changes.
    /// </summary>
    public static LowTurnoutDecision? Decide(PollState poll, int minimum, LowTurnoutChoice? choice, RosterEntry by, DateTimeOffset now)
    {
        if (!poll.Draft.Secret || poll.Voters.Count >= minimum)
        {
            return null;
        }

        return choice is { } c
            ? new LowTurnoutDecision(TextRules.Defined(c), poll.Voters.Count, minimum, by.ParticipantId, by.DisplayName, now)
            : throw new DomainException(ErrorCodes.PollTurnoutTooLow, $"{poll.Voters.Count} ballots, at least {minimum} to publish");
    }

    /// <summary>Closes the poll as decided: a withheld result is never counted, and its ballots go, so nobody can count them later.</summary>
    public static void Close(PollState poll, LowTurnoutDecision? decision, Func<PollResult> count)
    {
        poll.LowTurnout = decision;
        if (decision is { Choice: LowTurnoutChoice.Withhold })
        {
            poll.Secret.Clear();
            return;
        }

        poll.Result = count();
    }

    /// <summary>The moderation record of the decision: who, when, and the poll as its target.</summary>
    public static ModerationRecord Recorded(LowTurnoutDecision decision, PollState poll) =>
        new(decision.At, decision.ByParticipantId, decision.ByName,
            decision.Choice == LowTurnoutChoice.Withhold ? ModerationAction.PollResultWithheld : ModerationAction.PollResultPublishedBelowMinimum,
            poll.Id, poll.Draft.Question);
}
