using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityPlanning.Records;

/// <summary>
/// A task as minute-takers type it on one line: "Z: K. Marcinková, T: 15. 12.", optionally after the task's own
/// text ("Oslovit pečující – Z: …", "Úkol: Oslovit pečující, Z: …") and a bullet. "Z:" names who is responsible,
/// "T:" the deadline: a date ("15. 12.", "15.12.2026"; without a year, the first such day from the meeting on) or
/// words ("průběžně"), kept as <see cref="DueText"/>.
/// </summary>
/// <param name="Text">The text on the line before "Z:", without "Úkol:"; empty when the line has only Z and T.</param>
public sealed partial record TaskLine(string Bullet, string Text, string Responsible, DateOnly? Due, string? DueText)
{
    public static TaskLine? Parse(string line, DateOnly meetingDate)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success)
        {
            return null;
        }

        var responsible = match.Groups["who"].Value.Trim().TrimEnd(',', ';', '.').Trim();
        if (responsible.Length == 0)
        {
            return null;
        }

        var dueText = match.Groups["due"].Success ? match.Groups["due"].Value.Trim().TrimEnd(';', ',').Trim() : null;
        return new TaskLine(
            match.Groups["bullet"].Value,
            match.Groups["text"].Value.Trim().TrimEnd('–', '—', '-', ',', ';').Trim(),
            responsible,
            dueText is { Length: > 0 } ? Date(dueText, meetingDate) : null,
            dueText is { Length: > 0 } ? dueText : null);
    }

    /// <summary>"15. 12." (the first 15 December from the meeting on), "15. 12. 2026", "15.12.26"; null if the text is no date.</summary>
    private static DateOnly? Date(string text, DateOnly meetingDate)
    {
        var match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : meetingDate.Year;
        year = year < 100 ? 2000 + year : year;
        if (month is < 1 or > 12 || year is < 1900 or > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return !match.Groups["y"].Success && date < meetingDate && day <= DateTime.DaysInMonth(year + 1, month) ? date.AddYears(1) : date;
    }

    // "Z:" at the line's start or after a dash, comma, semicolon or full stop; "T:" after a comma, semicolon or space.
    [GeneratedRegex(@"^(?<bullet>(?:[-•·*–]\s*)?)(?:Úkol\s*:\s*)?(?<text>(?:.*?(?:\s[–—-]|[,;.]))?)\s*Z\s*:\s*(?<who>[^\n]+?)(?:(?:[,;]\s*|\s+)T\s*:\s*(?<due>[^\n]*))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:do\s+)?(?<d>\d{1,2})\.\s*(?<m>\d{1,2})\.?(?:\s*(?<y>\d{4}|\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
