using System.Globalization;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Web.Voting;

/// <summary>
/// A poll's result as CSV the way a Czech office opens it: UTF-8 with a byte order mark (Excel then reads the
/// diacritics right), semicolons between fields (the comma is the decimal mark), Czech dates in Prague time.
/// Headings come from the UI texts of the chosen language.
/// </summary>
public static class PollCsv
{
    public static byte[] Write(PollView poll, PollResult result, IReadOnlyDictionary<string, string> texts)
    {
        var culture = CultureInfo.GetCultureInfo("cs-CZ");
        string T(string key) => texts.TryGetValue(key, out var text) ? text : key;
        var csv = new StringBuilder();
        void Row(params object?[] fields) => csv.Append(string.Join(';', fields.Select(f => Field(Convert.ToString(f, culture) ?? "")))).Append("\r\n");

        Row(T("csv.question"), poll.Draft.Question);
        Row(T("csv.method"), T($"poll.method.{result.Method}"));
        Row(T("csv.ballot"), poll.Draft.Secret ? T("poll.secret") : T("poll.named"));
        Row(T("csv.eligible"), result.Eligible);
        Row(T("csv.voted"), result.Voted);
        Row(T("csv.turnout"), result.Eligible == 0 ? "" : ((double)result.Voted / result.Eligible).ToString("P1", culture));
        Row(T("csv.valid"), result.Valid ? T("common.yes") : T("common.no"));
        Row(T("csv.closedAt"), TimeZoneInfo.ConvertTime(result.At, PragueTime.Zone).ToString("d. M. yyyy H:mm", culture));
        Row();
        Row(T("csv.rank"), T("csv.option"), T($"csv.count.{result.Method}"), T("csv.ballots"), T("csv.mean"));
        var rank = 0;
        foreach (var option in PollCounting.Ranked(result))
        {
            Row(++rank, option.Label, option.Count, option.Ballots, option.Mean?.ToString("F2", culture));
        }

        if (result.Named.Count > 0)
        {
            Row();
            Row([T("csv.voter"), .. poll.Draft.Options]);
            foreach (var ballot in result.Named.OrderBy(b => b.Name, StringComparer.Create(culture, ignoreCase: true)))
            {
                Row([ballot.Name, .. ballot.Values.Cast<object?>()]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>Quotes a field when it holds a separator, a quote or a line break (RFC 4180); a leading =+-@ is defused.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0]) && !double.TryParse(value, NumberStyles.Any, CultureInfo.GetCultureInfo("cs-CZ"), out _))
        {
            value = "'" + value; // a spreadsheet must not run a formula from someone's answer
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
