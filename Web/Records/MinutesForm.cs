using CommunityPlanning.Records;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// What a group's <see cref="RecordForm"/> decides in the exported minutes: the title from its pattern, whether the
/// group's name gets a line of its own, the order of attendance, the schedule's title, the footer's date and the
/// recorder's form of "zapsal(a)".
/// </summary>
internal static class MinutesForm
{
    /// <summary>The pattern with {group}, {title} and {date} filled in; without one, "Zápis z jednání: {title}".</summary>
    public static string Title(MinutesContent m, RecordForm form, Func<string, string> T) =>
        form.TitlePattern is { } pattern
            ? pattern.Replace("{group}", m.GroupName, StringComparison.Ordinal).Replace("{title}", m.Title, StringComparison.Ordinal)
                .Replace("{date}", CzechFormat.Date(m.StartsAt), StringComparison.Ordinal)
            : $"{T("minutes.title")}: {m.Title}";

    /// <summary>
    /// The group's name under the title in the product's own layout only: a group with a heading line or a title pattern
    /// of its own (an imported record's form among them) writes its title as the town does, with nothing added.
    /// </summary>
    public static bool GroupLine(MinutesContent m, RecordForm form) =>
        m.GroupName.Length > 0 && form.Heading is null && form.TitlePattern is null;

    /// <summary>The schedule's own title with {group} and {year} (the year of its first date) filled in.</summary>
    public static string ScheduleTitle(MinutesContent m, RecordForm form, Func<string, string> T) =>
        (form.ScheduleTitle ?? T("group.schedule"))
            .Replace("{group}", m.GroupName, StringComparison.Ordinal)
            .Replace("{year}", (m.NextMeetings.Count > 0 ? m.NextMeetings[0].Date.Year : m.StartsAt.Year).ToString(CzechFormat.Culture), StringComparison.Ordinal);

    /// <summary>Names as entered, or by surname (then the rest of the name) in Czech collation.</summary>
    public static string Names(IEnumerable<string> names, AttendanceOrder order) =>
        string.Join(", ", order == AttendanceOrder.BySurname ? names.OrderBy(Surname, CzechFormat.Names).ThenBy(n => n, CzechFormat.Names) : names);

    /// <summary>The last word of a name before any title after a comma ("Mgr. Jana Nováková, DiS." → "Nováková").</summary>
    private static string Surname(string name)
    {
        var words = name.Split(',')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 ? words[^1] : name;
    }

    /// <summary>
    /// "V Liberci dne 26. 5. 2026, zapsala: Kateřina Marcinková": dated the day the minutes were written (the
    /// recorder's date, else the day of the approval), never the day of the export; a draft with neither has no date.
    /// </summary>
    public static string? Footer(MinutesContent m, RecordForm form, MinutesVersionInfo? version, Func<string, string> T)
    {
        var date = m.Footer.WrittenOn is { } written ? CzechFormat.Date(written) : version is { } v ? CzechFormat.Date(v.ApprovedAt) : null;
        var signed = (m.Footer.SignedAt, date) switch
        {
            ({ } at, { } on) => $"{at} {T("minutes.on")} {on}",
            ({ } at, null) => at,
            (null, { } on) => on,
            _ => null,
        };
        var recorded = m.Footer.RecordedBy is { } by ? $"{T($"minutes.recordedByLine{Suffix(form.RecorderForm)}")}: {by}" : null;
        return (signed, recorded) switch
        {
            ({ } s, { } r) => $"{s}, {r}",
            ({ } s, null) => s,
            (null, { } r) => char.ToUpper(r[0], CzechFormat.Culture) + r[1..],
            _ => null,
        };
    }

    private static string Suffix(RecorderForm form) => form switch
    {
        RecorderForm.Feminine => ".feminine",
        RecorderForm.Masculine => ".masculine",
        _ => "",
    };
}
