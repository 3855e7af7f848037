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
}
