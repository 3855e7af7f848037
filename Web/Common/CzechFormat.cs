using System.Globalization;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Common;

/// <summary>How exports write numbers and times: the Czech way, in Prague time ("18. 11. 2015 13:00").</summary>
public static class CzechFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("cs-CZ");

    /// <summary>Names in Czech alphabetical order ("Č" after "C", "Ch" after "H").</summary>
    public static readonly StringComparer Names = StringComparer.Create(Culture, ignoreCase: true);

    public static string DateTime(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, PragueTime.Zone).ToString("d. M. yyyy H:mm", Culture);

    /// <summary>When a meeting starts: "18. 11. 2015 13:00", or only "18. 11. 2015" when its record gave no time.</summary>
    public static string Start(DateTimeOffset at, bool timeUnknown) => timeUnknown ? Date(at) : DateTime(at);

    /// <summary>"18. 11. 2015", the date as Czech records write it, in Prague.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, PragueTime.Zone).DateTime));

    public static string Date(DateOnly date) => date.ToString("d. M. yyyy", Culture);

    /// <summary>
    /// A name as the records write a responsible person: "Kateřina Marcinková" → "K. Marcinková"; academic titles
    /// ("Mgr.") and names given as an initial or a single word stay as they are.
    /// </summary>
    public static string ShortName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = Array.FindIndex(words, w => !w.EndsWith('.'));
        if (first < 0 || first >= words.Length - 1 || words[first].Length < 2 || words[first + 1].EndsWith(','))
        {
            return string.Join(' ', words);
        }

        words[first] = char.ToUpper(words[first][0], Culture) + ".";
        return string.Join(' ', words);
    }
}
