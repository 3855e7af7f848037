namespace CommunityPlanning.Voting;

/// <summary>
/// The verdict of a counted poll by its majority rule (docs/protocol.md, "Verdict"). Only opinions and single
/// choice decide something; multiple choice, dots, rankings and scores give an order, not a verdict.
/// </summary>
public static class PollVerdicts
{
    public static PollVerdict? Of(PollDraft poll, IReadOnlyList<OptionResult> options, int eligible, int voted, bool valid)
    {
        long For, against, abstained;
        int? leader = null;
        switch (poll.Kind)
        {
            case PollKind.YesNoAbstain:
                (For, against, abstained) = (options[0].Count, options[1].Count, options[2].Count);
                break;
            case PollKind.SingleChoice:
                var top = options.OrderByDescending(o => o.Count).ThenBy(o => o.Index).ToList();
                For = top[0].Count;
                against = voted - For;
                abstained = 0;
                // Two options first together: neither is chosen, whatever the rule.
                if (For > 0 && top[1].Count == For)
                {
                    return new PollVerdict(valid ? VerdictOutcome.Tie : VerdictOutcome.NoQuorum, poll.Majority, For, against, abstained, Needed(poll.Majority, For + against, eligible));
                }

                leader = top[0].Index; // the chosen one, or the leading one short of the majority
                break;
            default:
                return null;
        }

        var needed = Needed(poll.Majority, For + against, eligible);
        var outcome = !valid ? VerdictOutcome.NoQuorum
            : For >= needed ? (leader is null ? VerdictOutcome.Adopted : VerdictOutcome.Chosen)
            : leader is not null ? VerdictOutcome.NoMajority
            : For == against && For > 0 ? VerdictOutcome.Tie
            : VerdictOutcome.Rejected;
        return new PollVerdict(outcome, poll.Majority, For, against, abstained, needed, leader);
    }

    /// <summary>The fewest votes for that carry it: more than half (of the votes cast, or of those present), or two thirds of the votes cast; never none.</summary>
    public static long Needed(MajorityRule rule, long cast, int present) => Math.Max(1, rule switch
    {
        MajorityRule.Present => present / 2 + 1,
        MajorityRule.TwoThirds => (2 * cast + 2) / 3,
        _ => cast / 2 + 1,
    });
}
