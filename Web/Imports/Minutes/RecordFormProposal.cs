using System.Globalization;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>The group's record form as an imported record shows it (offered to the person; set only if they choose).</summary>
public static class RecordFormProposal
{
    private static readonly CompareInfo Czech = CultureInfo.GetCultureInfo("cs-CZ").CompareInfo;

    public static RecordForm Of(ImportedMinutes minutes) => new(
        minutes.Heading.Count > 0 ? string.Join(" – ", minutes.Heading) : null,
        // The record's title is the meeting's, printed as it stands (not "Zápis z jednání: …").
        minutes.Title is null ? null : "{title}",
        ShowFacilitator: minutes.Facilitator is not null,
        ShowHeadCount: minutes.HeadCount,
        ShowApproval: false,
        BySurname(minutes.Present) ? AttendanceOrder.BySurname : AttendanceOrder.AsEntered,
        minutes.Footer?.RecorderForm ?? RecorderForm.Unspecified,
        minutes.Schedule?.Title,
        minutes.Schedule?.Note,
        ResponsibleAsWritten(minutes));

    /// <summary>Whether the record writes a responsible other than shortened ("Barbora Holubová", not "B. Holubová").</summary>
    private static bool ResponsibleAsWritten(ImportedMinutes minutes) =>
        minutes.Items.SelectMany(i => i.Blocks).SelectMany(b => b.Elements)
            .Any(e => e.Responsible is { } who && CzechFormat.ShortName(who) != who);

    /// <summary>Whether three or more people are listed by surname (the last word) in Czech order.</summary>
    private static bool BySurname(IReadOnlyList<string> names) =>
        names.Count >= 3 && names.Zip(names.Skip(1)).All(p => Czech.Compare(Surname(p.First), Surname(p.Second), CompareOptions.IgnoreCase) <= 0);

    private static string Surname(string name) =>
        name.Split('(')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words ? words[^1] : name;
}
