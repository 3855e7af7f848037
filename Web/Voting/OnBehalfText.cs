using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Voting;

/// <summary>
/// The on-behalf marker of a result in words, for the minutes and the CSV: who was entered for whom in a named poll,
/// only how many in a secret one (docs/architecture.md, "Input on someone's behalf").
/// </summary>
public static class OnBehalfText
{
    /// <summary>"Jana Nováková (zadal/a Petr Novák)".</summary>
    public static string Entry(OnBehalf entered, Func<string, string> T) =>
        VerdictText.Fill(T("onBehalf.entry"), new Dictionary<string, string> { ["for"] = entered.ForName, ["by"] = entered.ByName });

    /// <summary>"zadáno za Jana Nováková (zadal/a Petr Novák)" for each, joined; null when none (e.g. a proposal's).</summary>
    public static string? Markers(IReadOnlyList<OnBehalf>? entered, Func<string, string> T) =>
        entered is { Count: > 0 } list
            ? string.Join(", ", list.Select(e => VerdictText.Fill(T("onBehalf.marker"), new Dictionary<string, string> { ["for"] = e.ForName, ["by"] = e.ByName })))
            : null;

    /// <summary>Who had dots entered for them in a ranking, by whom; null when nobody.</summary>
    public static string? Names(ProposalRanking ranking, Func<string, string> T) =>
        ranking.OnBehalf is { Count: > 0 } list ? string.Join(", ", list.OrderBy(e => e.ForName, CzechFormat.Names).Select(e => Entry(e, T))) : null;

    /// <summary>The line under a ranking: "N dots entered on someone's behalf: who (by whom)", or null.</summary>
    public static string? Line(ProposalRanking ranking, Func<string, string> T) =>
        ranking.OnBehalfDots == 0 ? null : VerdictText.Fill(T("minutes.onBehalfDots"), new Dictionary<string, string>
        {
            ["count"] = ranking.OnBehalfDots.ToString(CzechFormat.Culture), ["names"] = Names(ranking, T) ?? "",
        });

    /// <summary>The line under a result, or null when no ballot was entered on someone's behalf.</summary>
    public static string? Line(PollView poll, PollResult result, Func<string, string> T)
    {
        if (result.OnBehalfBallots == 0)
        {
            return null;
        }

        if (poll.Draft.Secret)
        {
            return VerdictText.Fill(T("minutes.onBehalfSecret"), new Dictionary<string, string> { ["count"] = result.OnBehalfBallots.ToString(CzechFormat.Culture) });
        }

        var names = result.Named.Where(b => b.OnBehalf is not null).OrderBy(b => b.Name, CzechFormat.Names).Select(b => Entry(b.OnBehalf!, T));
        return VerdictText.Fill(T("minutes.onBehalfNamed"), new Dictionary<string, string> { ["names"] = string.Join(", ", names) });
    }
}
