using System.Text.RegularExpressions;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>The shapes of the lines of Czech minutes: numbering, "Ad" blocks, bullets, dates, title, schedule, footer.</summary>
public static partial class MinutesShapes
{
    /// <summary>"1.", "1)", "a)" and the text after it ("23. 5. 2022" is a date, not item 23).</summary>
    public static (int Number, string Text)? Numbered(string text)
    {
        if (DateAtStart().IsMatch(text) || Numbering().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var number = m.Groups["num"].Success ? int.Parse(m.Groups["num"].Value) : m.Groups["letter"].Value[0] - 'a' + 1;
        return (number, m.Groups["text"].Value.Trim());
    }

    /// <summary>"Ad 1)", "Ad. 1", "AD 1:", "K bodu 1", "K bodu č. 1" and the text after it.</summary>
    public static (int Number, string Text)? Block(string text) =>
        AdBlock().Match(text) is { Success: true } m
            ? (m.Groups["num"].Success ? int.Parse(m.Groups["num"].Value) : m.Groups["letter"].Value.ToLowerInvariant()[0] - 'a' + 1, m.Groups["text"].Value.Trim())
            : null;

    /// <summary>The text of a bulleted line ("·", "-", "•", "–", "*", "▪", "o "), or null.</summary>
    public static string? Bullet(string text) => BulletLine().Match(text) is { Success: true } m ? m.Groups["text"].Value.Trim() : null;

    public static bool IsTitle(string text) => TitleLine().IsMatch(text);

    public static bool IsScheduleTitle(string text) => ScheduleTitleLine().IsMatch(text);

    /// <summary>A line that is only a date (and maybe a time): "23. 5. 2022", "26. 5. 2026, 13:00".</summary>
    public static bool IsBareDate(string text) => BareDate().IsMatch(text);

    /// <summary>A line starting with a date, maybe after the day's name ("čtvrtek 18. 2. 2027   13:00"): a schedule's row.</summary>
    public static bool StartsWithDate(string text) => RowStart().IsMatch(text);

    /// <summary>"p. Teplá pozvala …": a new sentence about a person, not a wrapped line.</summary>
    public static bool StartsWithPerson(string text) => PersonStart().IsMatch(text);

    /// <summary>The first date in the text; without a year, <paramref name="year"/> (and null if that is unknown too).</summary>
    public static DateOnly? Date(string text, int? year = null)
    {
        var m = DateIn().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : year;
        return y is { } known && DateOnly.TryParseExact($"{known:0000}-{int.Parse(m.Groups["m"].Value):00}-{int.Parse(m.Groups["d"].Value):00}", "yyyy-MM-dd", out var date)
            ? date
            : null;
    }

    /// <summary>The date as written ("15. 12."), for a deadline shown as the record wrote it.</summary>
    public static string? DateText(string text) => DateIn().Match(text) is { Success: true } m ? m.Value.Trim() : null;

    /// <summary>The first time in the text: "13:00", "13.00 hod.", "od 13 hodin".</summary>
    public static TimeOnly? Time(string text)
    {
        var m = TimeIn().Match(DateIn().Replace(text, " "));
        if (!m.Success)
        {
            return null;
        }

        var hour = int.Parse(m.Groups["h"].Value);
        var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value) : 0;
        return hour < 24 && minute < 60 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>"V Liberci dne 26. 5. 2026" with what follows (", zapsala Jana Malá"), or null.</summary>
    public static (string SignedAt, string After)? SignedLine(string text) =>
        Signed().Match(text) is { Success: true } m ? (m.Groups["at"].Value.Trim(), m.Groups["rest"].Value) : null;

    /// <summary>"zapsala Jana Malá" (after the footer's date, or a line of its own without a colon).</summary>
    public static (string Form, string Name)? Recorder(string text) =>
        RecorderWords().Match(text) is { Success: true } m ? (m.Groups["form"].Value, m.Groups["name"].Value.Trim()) : null;

    [GeneratedRegex(@"^(?:(?<num>\d{1,2})\s?[.)]|(?<letter>[a-z])\))\s*(?<text>\S.*)?$")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^(?:ad\.?\s*(?:(?<num>\d{1,2})|(?<letter>[a-z])\b)|k\s+bodu\s+(?:č\.\s*)?(?<num>\d{1,2}))\s*[.):]?\s*[-–:]?\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdBlock();

    [GeneratedRegex(@"^(?:[·•▪◦●*]\s*|[-–]\s+|o\s+)(?<text>\S.*)$")]
    private static partial Regex BulletLine();

    [GeneratedRegex(@"^(?:zápis|záznam)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?:harmonogram|termíny\s+(?:dalších\s+)?(?:jednání|setkání)|plán\s+(?:jednání|setkání))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScheduleTitleLine();

    [GeneratedRegex(@"^(?:(?:pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|po|út|st|čt|pá)\.?,?\s+)?\d{1,2}\.\s*\d{1,2}\.", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"^(?:p|pí|pan|paní|Ing|Mgr|Bc)\.\s*\p{Lu}")]
    private static partial Regex PersonStart();

    [GeneratedRegex(@"^\d{1,2}\.\s*\d{1,2}\.\s*\d{4}")]
    private static partial Regex DateAtStart();

    [GeneratedRegex(@"^(?:\p{L}+\s+)?\d{1,2}\.\s*\d{1,2}\.\s*\d{4}\s*(?:[,;]?\s*(?:od\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*(?:–|-)\s*\d{1,2}(?:[:.]\d{2})?)?\s*(?:hod(?:in)?\.?)?)?$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\.\s*(?<m>\d{1,2})\.(?:\s*(?<y>\d{4}))?")]
    private static partial Regex DateIn();

    [GeneratedRegex(@"(?<!\d)(?<h>\d{1,2})(?:[:.](?<min>\d{2})|\s*hod)")]
    private static partial Regex TimeIn();

    [GeneratedRegex(@"^(?<at>V(?:e)?\s+\p{Lu}[\p{L}\-]*(?:\s+(?!dne)[\p{L}\-]+){0,2})\s+dne\s+\d{1,2}\.\s*\d{1,2}\.\s*\d{4}\s*(?<rest>.*)$")]
    private static partial Regex Signed();

    [GeneratedRegex(@"^[,;]?\s*(?<form>zapsal\(a\)|zapsala|zapsal)\s*:?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecorderWords();
}
