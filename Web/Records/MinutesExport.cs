using CommunityPlanning.Common;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Localization;

namespace CommunityPlanning.Web.Records;

/// <summary>Minutes (a draft or an approved version) as a file: "zapis-2026-12-01-verze-1.docx", a page for HTML.</summary>
public static class MinutesExport
{
    /// <param name="nameSuffix">Ends the file's name ("-verejna" for the public version).</param>
    public static IResult File(MinutesView minutes, string format, string language, string nameSuffix = "")
    {
        var record = MinutesRecord.Build(minutes.Content, minutes.Approved, UiTextEndpoints.Load(language), language);
        var date = TimeZoneInfo.ConvertTime(minutes.Content.StartsAt, PragueTime.Zone).ToString("yyyy-MM-dd");
        return RecordFormat.File(record, format, $"zapis-{date}" + (minutes.Approved is { } v ? $"-verze-{v.Number}" : "") + nameSuffix);
    }
}
