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
