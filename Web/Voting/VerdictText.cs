using System.Text.RegularExpressions;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Voting;

/// <summary>
/// A poll's verdict and the labels of its options in words for the minutes and the CSV, from the same UI texts the
/// browser uses (<c>poll.verdict.*</c> with named placeholders, so both sides fill them alike).
/// </summary>
public static partial class VerdictText
{
    /// <summary>"Usnesení bylo přijato: 7 pro, 2 proti, zdrželo se 1." followed by the rule and the votes it needed.</summary>
    public static string Of(PollVerdict verdict, PollDraft poll, Func<string, string> T)
    {
        var values = new Dictionary<string, string>
        {
            ["for"] = verdict.For.ToString(CzechFormat.Culture),
            ["against"] = verdict.Against.ToString(CzechFormat.Culture),
            ["abstained"] = verdict.Abstained.ToString(CzechFormat.Culture),
            ["needed"] = verdict.Needed.ToString(CzechFormat.Culture),
            ["option"] = verdict.Option is { } i ? Label(poll, i, T) : "",
            ["rule"] = T($"poll.majority.{verdict.Rule}"),
        };
        var kind = poll.Kind == PollKind.SingleChoice ? "choice" : "opinion";
        return $"{Fill(T($"poll.verdict.{kind}.{verdict.Outcome}"), values)} {Fill(T("poll.verdictRule"), values)}";
    }

    /// <summary>An option's label: the standard opinions in the reader's language, others as written.</summary>
    public static string Label(PollDraft poll, int index, Func<string, string> T) =>
        poll.StandardOptions ? T($"poll.opinion.{index}") : poll.Options[index];

    /// <summary>Fills the named placeholders ("{for}") of a UI text, as the browser does.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
