using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Voting;

/// <summary>Counting, on random ballots of every kind: exact, order-blind, and equal to a plain recount.</summary>
public sealed class PollCountingTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly PollDraft[] Polls =
    [
        PollRules.Validated(new("Doporučit záměr?", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], false, false)),
        PollRules.Validated(new("Kde?", PollKind.SingleChoice, ["Liberec", "Jablonec", "Česká Lípa", "Semily"], false, false)),
        PollRules.Validated(new("Co?", PollKind.MultipleChoice, ["a", "b", "c", "d", "e"], false, false, MaxChoices: 3)),
        PollRules.Validated(new("Priority", PollKind.DotVoting, ["a", "b", "c", "d"], false, false, Dots: 5, StackDots: true)),
        PollRules.Validated(new("Priority bez kupení", PollKind.DotVoting, ["a", "b", "c", "d"], false, false, Dots: 3)),
        PollRules.Validated(new("Pořadí", PollKind.Ranking, ["a", "b", "c", "d", "e"], false, false)),
        PollRules.Validated(new("Známka", PollKind.Score, ["a", "b", "c"], false, false, ScoreMin: 1, ScoreMax: 5)),
    ];

    /// <summary>A valid random ballot of the poll's kind.</summary>
    private static int[] RandomBallot(PollDraft poll, Random random)
    {
        var n = poll.Options.Count;
        var values = new int[n];
        switch (poll.Kind)
        {
            case PollKind.YesNoAbstain or PollKind.SingleChoice:
                values[random.Next(n)] = 1;
                break;
            case PollKind.MultipleChoice:
                foreach (var i in Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, poll.MaxChoices!.Value + 1)))
                {
                    values[i] = 1;
                }

                break;
            case PollKind.DotVoting:
                for (var dots = random.Next(1, poll.Dots!.Value + 1); dots > 0; dots--)
                {
                    var i = random.Next(n);
                    if (poll.StackDots || values[i] == 0)
                    {
                        values[i]++;
                    }
                }

                if (values.Sum() == 0)
                {
                    values[0] = 1;
                }

                break;
            case PollKind.Ranking:
                var ranked = Enumerable.Range(0, n).OrderBy(_ => random.Next()).Take(random.Next(1, n + 1)).ToList();
                for (var r = 0; r < ranked.Count; r++)
                {
                    values[ranked[r]] = r + 1;
                }

                break;
            case PollKind.Score:
                for (var i = 0; i < n; i++)
                {
                    values[i] = random.Next(poll.ScoreMin!.Value, poll.ScoreMax!.Value + 1);
                }

                break;
        }

        return PollRules.Ballot(poll, values);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_kind_counts_exactly_whatever_the_order_of_the_ballots(int seed)
    {
        var random = new Random(seed);
        foreach (var poll in Polls)
        {
            for (var round = 0; round < 50; round++)
            {
                var ballots = Enumerable.Range(0, random.Next(0, 40)).Select(_ => RandomBallot(poll, random)).ToList();
                var result = PollCounting.Count(poll, ballots, eligible: 40, At, final: true, []);
                var shuffled = PollCounting.Count(poll, [.. ballots.OrderBy(_ => random.Next())], eligible: 40, At, final: true, []);
                Assert.Equal(result.Options, shuffled.Options);
                Assert.Equal(ballots.Count, result.Voted);

                var n = poll.Options.Count;
                for (var i = 0; i < n; i++)
                {
                    long expected = poll.Kind == PollKind.Ranking ? ballots.Sum(b => b[i] > 0 ? n - b[i] : 0) : ballots.Sum(b => b[i]);
                    Assert.Equal(expected, result.Options[i].Count);
                }

                // What the kinds promise about the totals.
                var total = result.Options.Sum(o => o.Count);
                switch (poll.Kind)
                {
                    case PollKind.YesNoAbstain or PollKind.SingleChoice:
                        Assert.Equal(ballots.Count, total);
                        break;
                    case PollKind.MultipleChoice:
                        Assert.InRange(total, ballots.Count, ballots.Count * poll.MaxChoices!.Value);
                        break;
                    case PollKind.DotVoting:
                        Assert.InRange(total, ballots.Count, ballots.Count * poll.Dots!.Value);
                        break;
                    case PollKind.Ranking:
                        // A full ranking gives n(n−1)/2 points; a partial one fewer.
                        Assert.InRange(total, 0, ballots.Count * n * (n - 1) / 2);
                        break;
                    case PollKind.Score:
                        Assert.All(result.Options, o => Assert.InRange(o.Mean ?? poll.ScoreMin!.Value, poll.ScoreMin!.Value, poll.ScoreMax!.Value));
                        break;
                }
            }
        }
    }

    [Fact]
    public void Borda_gives_first_place_the_most_and_the_quorum_decides_validity()
    {
        var poll = Polls.Single(p => p.Kind == PollKind.Ranking) with { Quorum = 3 };
        int[][] ballots = [[1, 2, 3, 4, 5], [2, 1, 3, 5, 4], [1, 3, 2, 0, 0]];
        var result = PollCounting.Count(poll, ballots, eligible: 5, At, final: true, []);
        Assert.Equal([4 + 3 + 4, 3 + 4 + 2, 2 + 2 + 3, 1 + 0 + 0, 0 + 1 + 0], result.Options.Select(o => o.Count));
        Assert.Equal("borda", result.Method);
        Assert.True(result.Valid);
        Assert.Equal(["a", "b", "c", "d", "e"], PollCounting.Ranked(result).Select(o => o.Label));
        Assert.False(PollCounting.Count(poll, ballots[..2], eligible: 5, At, final: true, []).Valid);
    }

    [Fact]
    public void Malformed_polls_and_ballots_are_refused()
    {
        static string Code(Action a) => Assert.Throws<DomainException>(a).Code;
        var dots = Polls.Single(p => p.Kind == PollKind.DotVoting && !p.StackDots);
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(dots, [2, 0, 0, 0])));
        Assert.Equal(ErrorCodes.TooManyDots, Code(() => PollRules.Ballot(dots, [1, 1, 1, 1])));
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(dots, [0, 0, 0, 0])));
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(dots, [1, 0])));
        var ranking = Polls.Single(p => p.Kind == PollKind.Ranking);
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(ranking, [1, 1, 2, 0, 0])));
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(ranking, [1, 3, 0, 0, 0])));
        Assert.Equal(ErrorCodes.BallotInvalid, Code(() => PollRules.Ballot(Polls[0], [1, 1, 0])));
        Assert.Equal(ErrorCodes.PollSecretLive, Code(() => PollRules.Validated(Polls[0] with { Secret = true, LiveResults = true })));
        Assert.Equal(ErrorCodes.InvalidValue, Code(() => PollRules.Validated(Polls[1] with { Options = ["a", "A"] })));
        Assert.Equal(ErrorCodes.InvalidValue, Code(() => PollRules.Validated(Polls[0] with { Options = ["ano", "ne"] })));
        Assert.Equal(ErrorCodes.InvalidValue, Code(() => PollRules.Validated(Polls[2] with { MaxChoices = 9 })));
        Assert.Equal(ErrorCodes.InvalidValue, Code(() => PollRules.Validated(Polls[6] with { ScoreMin = 5, ScoreMax = 5 })));
        Assert.Equal(ErrorCodes.Required, Code(() => PollRules.Validated(Polls[1] with { Question = " " })));
    }
}
