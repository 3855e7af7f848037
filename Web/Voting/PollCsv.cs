using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Voting;

/// <summary>A poll's result, and a ranking of proposals, as CSV (see <see cref="CsvWriter"/>); headings from the UI texts.</summary>
public static class PollCsv
{
    public static byte[] Write(PollView poll, PollResult result, IReadOnlyDictionary<string, string> texts)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var csv = new CsvWriter();
        csv.Row(T("csv.question"), poll.Draft.Question);
        csv.Row(T("csv.method"), T($"poll.method.{result.Method}"));
        csv.Row(T("csv.ballot"), poll.Draft.Secret ? T("poll.secret") : T("poll.named"));
        csv.Row(T("csv.eligible"), result.Eligible);
        csv.Row(T("csv.voted"), result.Voted);
        csv.Row(T("csv.turnout"), result.Eligible == 0 ? "" : ((double)result.Voted / result.Eligible).ToString("P1", CzechFormat.Culture));
        csv.Row(T("csv.valid"), result.Valid ? T("common.yes") : T("common.no"));
        if (result.OnBehalfBallots > 0)
        {
            csv.Row(T("csv.onBehalf"), result.OnBehalfBallots);
        }

        csv.Row(T("csv.closedAt"), CzechFormat.DateTime(result.At));
        if (result.Verdict is { } verdict)
        {
            csv.Row(T("csv.verdict"), VerdictText.Of(verdict, poll.Draft, T));
        }

        csv.Row();
        csv.Row(T("csv.rank"), T("csv.option"), T($"csv.count.{result.Method}"), T("csv.ballots"), T("csv.mean"));
        var rank = 0;
        foreach (var option in PollCounting.Ranked(result))
        {
            csv.Row(++rank, VerdictText.Label(poll.Draft, option.Index, T), option.Count, option.Ballots, option.Mean?.ToString("F2", CzechFormat.Culture));
        }

        if (result.Named.Count > 0)
        {
            csv.Row();
            csv.Row([T("csv.voter"), .. poll.Draft.Options.Select((_, i) => VerdictText.Label(poll.Draft, i, T)), T("csv.onBehalf")]);
            foreach (var ballot in result.Named.OrderBy(b => b.Name, CzechFormat.Names))
            {
                csv.Row([ballot.Name, .. ballot.Values.Cast<object?>(), ballot.OnBehalf is { } entered ? OnBehalfText.Entry(entered, T) : null]);
            }
        }

        return csv.ToBytes();
    }

    /// <summary>A frozen ranking: overall place, area, place in the area, the proposal, dots, voters, entered on whose behalf.</summary>
    public static byte[] Write(ProposalRanking ranking, IReadOnlyDictionary<Guid, string> areas, IReadOnlyDictionary<string, string> texts)
    {
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var csv = new CsvWriter();
        csv.Row(T("csv.ranking"), ranking.Number);
        csv.Row(T("csv.closedAt"), CzechFormat.DateTime(ranking.At));
        csv.Row(T("csv.voted"), ranking.VotersCount);
        csv.Row(T("board.dotsPerVoter"), ranking.DotsPerVoter);
        if (ranking.OnBehalfDots > 0)
        {
            csv.Row(T("csv.onBehalfDots"), ranking.OnBehalfDots, OnBehalfText.Names(ranking, T));
        }

        csv.Row();
        csv.Row(T("csv.rank"), T("csv.area"), T("csv.rankInArea"), T("csv.proposal"), T("csv.count.dots"), T("csv.ballots"), T("csv.onBehalf"));
        foreach (var entry in ranking.Entries.OrderBy(e => e.RankOverall))
        {
            var area = entry.AreaId is { } id && areas.TryGetValue(id, out var heading) ? heading : T("board.unplaced");
            csv.Row(entry.RankOverall, area, entry.RankInArea, entry.Text, entry.Dots, entry.Voters, OnBehalfText.Markers(entry.OnBehalf, T));
        }

        return csv.ToBytes();
    }
}
