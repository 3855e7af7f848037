using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Voting;

/// <summary>The verdict by each majority rule: ties, abstentions, two thirds, the majority of those present, the quorum.</summary>
public sealed class PollVerdictTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static PollDraft Opinion(MajorityRule rule, int? quorum = null) =>
        PollRules.Validated(new("Doporučit záměr?", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], false, false, Quorum: quorum, Majority: rule));

    /// <summary>Ballots for, against and abstaining, counted among <paramref name="present"/> eligible voters.</summary>
    private static PollVerdict Verdict(PollDraft poll, int yes, int no, int abstain, int present = 0)
    {
        int[][] ballots = [.. Enumerable.Repeat(new[] { 1, 0, 0 }, yes), .. Enumerable.Repeat(new[] { 0, 1, 0 }, no), .. Enumerable.Repeat(new[] { 0, 0, 1 }, abstain)];
        return PollCounting.Count(poll, ballots, present, At, final: true, []).Verdict!;
    }

    [Theory]
    [InlineData(7, 2, 1, VerdictOutcome.Adopted, 5)]
    [InlineData(2, 7, 1, VerdictOutcome.Rejected, 5)]
    [InlineData(4, 4, 2, VerdictOutcome.Tie, 5)]
    [InlineData(2, 1, 9, VerdictOutcome.Adopted, 2)] // abstentions are not votes against
    [InlineData(0, 0, 5, VerdictOutcome.Rejected, 1)] // nobody for: not adopted, and no tie of nothing
    public void A_simple_majority_of_votes_cast_counts_for_against_only(int yes, int no, int abstain, VerdictOutcome outcome, long needed)
    {
        var verdict = Verdict(Opinion(MajorityRule.VotesCast), yes, no, abstain);
        Assert.Equal((outcome, MajorityRule.VotesCast, (long)yes, (long)no, (long)abstain, needed),
            (verdict.Outcome, verdict.Rule, verdict.For, verdict.Against, verdict.Abstained, verdict.Needed));
    }

    [Theory]
    [InlineData(6, 3, 0, VerdictOutcome.Adopted)] // exactly two thirds
    [InlineData(5, 3, 0, VerdictOutcome.Rejected)] // a majority, but short of two thirds
    [InlineData(2, 1, 6, VerdictOutcome.Adopted)] // abstentions left out
    [InlineData(3, 3, 0, VerdictOutcome.Tie)]
    public void Two_thirds_of_votes_cast(int yes, int no, int abstain, VerdictOutcome outcome) =>
        Assert.Equal(outcome, Verdict(Opinion(MajorityRule.TwoThirds), yes, no, abstain).Outcome);

    [Theory]
    [InlineData(6, 0, 0, 10, VerdictOutcome.Adopted, 6)]
    [InlineData(5, 0, 0, 10, VerdictOutcome.Rejected, 6)] // half of those present is not more than half
    [InlineData(5, 1, 3, 11, VerdictOutcome.Rejected, 6)] // a majority of the votes, not of the room
    [InlineData(3, 3, 0, 9, VerdictOutcome.Tie, 5)]
    public void A_majority_of_those_present_counts_who_did_not_vote_too(int yes, int no, int abstain, int present, VerdictOutcome outcome, long needed)
    {
        var verdict = Verdict(Opinion(MajorityRule.Present), yes, no, abstain, present);
        Assert.Equal((outcome, needed), (verdict.Outcome, verdict.Needed));
    }

    [Fact]
    public void Below_the_quorum_nothing_is_decided()
    {
        var verdict = Verdict(Opinion(MajorityRule.VotesCast, quorum: 5), 3, 0, 0);
        Assert.Equal((VerdictOutcome.NoQuorum, 3L), (verdict.Outcome, verdict.For));
    }

    [Fact]
    public void A_single_choice_chooses_the_leading_option_only_with_the_majority()
    {
        var poll = PollRules.Validated(new("Kde?", PollKind.SingleChoice, ["Liberec", "Jablonec", "Semily"], false, false));
        PollVerdict Of(params int[] counts) => PollCounting.Count(poll,
            [.. counts.SelectMany((c, i) => Enumerable.Repeat(Enumerable.Range(0, 3).Select(j => j == i ? 1 : 0).ToArray(), c))], 0, At, true, []).Verdict!;

        Assert.Equal((VerdictOutcome.Chosen, (int?)1, 4L, 3L), (Of(1, 4, 2).Outcome, Of(1, 4, 2).Option, Of(1, 4, 2).For, Of(1, 4, 2).Against));
        Assert.Equal((VerdictOutcome.NoMajority, (int?)1), (Of(2, 3, 2).Outcome, Of(2, 3, 2).Option)); // 3 of 7 is no majority
        Assert.Equal(VerdictOutcome.Tie, Of(3, 3, 1).Outcome);
    }

    [Fact]
    public void A_live_count_has_no_verdict_until_the_poll_closes() =>
        Assert.Null(PollCounting.Count(Opinion(MajorityRule.VotesCast), [[1, 0, 0]], 3, At, final: false, []).Verdict);

    [Fact]
    public void Kinds_that_give_an_order_have_no_verdict()
    {
        var dots = PollRules.Validated(new("Priority", PollKind.DotVoting, ["a", "b"], false, false, Dots: 3, StackDots: true));
        var ranking = PollRules.Validated(new("Pořadí", PollKind.Ranking, ["a", "b"], false, false));
        Assert.Null(PollCounting.Count(dots, [[2, 1]], 1, At, true, []).Verdict);
        Assert.Null(PollCounting.Count(ranking, [[1, 2]], 1, At, true, []).Verdict);
    }

    [Fact]
    public void The_standard_opinions_are_stored_as_such_in_either_language_and_others_as_written()
    {
        var english = PollRules.Validated(new("Recommend?", PollKind.YesNoAbstain, ["Recommend", "do not recommend", "abstain"], false, false));
        Assert.True(english.StandardOptions);
        Assert.Equal(StandardOpinions.Czech, english.Options);
        Assert.True(Opinion(MajorityRule.VotesCast).StandardOptions);

        var own = PollRules.Validated(new("Souhlas?", PollKind.YesNoAbstain, ["ano", "ne", "zdržuji se"], false, false));
        Assert.False(own.StandardOptions);
        Assert.Equal(["ano", "ne", "zdržuji se"], own.Options);
    }
}
