namespace CommunityPlanning.Voting;

/// <summary>Counts ballots into a result; the same ballots in any order give the same result.</summary>
public static class PollCounting
{
    /// <summary>The method's code, shown with the result (the UI names it).</summary>
    public static string MethodOf(PollKind kind) => kind switch
    {
        PollKind.DotVoting => "dots",
        PollKind.Ranking => "borda",
        PollKind.Score => "score",
        _ => "count",
    };

    public static PollResult Count(PollDraft poll, IReadOnlyCollection<int[]> ballots, int eligible, DateTimeOffset at, bool final,
        IReadOnlyList<NamedBallot> named, int onBehalf = 0)
    {
        var n = poll.Options.Count;
        var options = new List<OptionResult>(n);
        for (var i = 0; i < n; i++)
        {
            long count = 0;
            var given = 0;
            foreach (var ballot in ballots)
            {
                var value = ballot[i];
                count += poll.Kind switch
                {
                    // Borda: first place gets n − 1 points, last n − k … unranked none.
                    PollKind.Ranking => value > 0 ? n - value : 0,
                    _ => value,
                };
                given += poll.Kind == PollKind.Score || value != 0 ? 1 : 0;
            }

            double? mean = poll.Kind == PollKind.Score && given > 0 ? (double)count / given : null;
            options.Add(new OptionResult(i, poll.Options[i], count, given, mean));
        }

        var voted = ballots.Count;
        var valid = poll.Quorum is not { } quorum || voted >= quorum;
        var present = Math.Max(eligible, voted);
        return new PollResult(options, present, voted, MethodOf(poll.Kind), valid, at, final, named,
            final ? PollVerdicts.Of(poll, options, present, voted, valid) : null, onBehalf); // a live count decides nothing yet
    }

    /// <summary>Options from best to worst (ties keep the options' order), for rankings and minutes.</summary>
    public static IReadOnlyList<OptionResult> Ranked(PollResult result) =>
        [.. result.Options.OrderByDescending(o => o.Mean ?? o.Count).ThenBy(o => o.Index)];
}
