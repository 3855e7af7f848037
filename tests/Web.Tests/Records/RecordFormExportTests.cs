using System.Text.RegularExpressions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using CommunityPlanning.WorkingGroups;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>
/// The exports follow the group's record form, in every format: each of the nine edits the issue's minute-taker had
/// to make in Word is an assertion here, and the file needs none of them.
/// </summary>
public sealed partial class RecordFormExportTests
{
    private static readonly Guid MeetingId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 13, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid Opening = Guid.NewGuid(), News = Guid.NewGuid(), NewsSecond = Guid.NewGuid(), Schedule = Guid.NewGuid();

    private static readonly RecordForm TownForm = new(
        "KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBERECKO – ŘÍDICÍ PRACOVNÍ SKUPINA",
        "Zápis z jednání řídicí pracovní skupiny ze dne {date}",
        ShowFacilitator: false, ShowHeadCount: false, ShowApproval: false,
        AttendanceOrder.BySurname, RecorderForm.Feminine,
        "Harmonogram jednání řídicí pracovní skupiny pro rok {year}", "Změna termínů vyhrazena.");

    private const string NewsNotes = """
        Informace z odboru sociálních věcí:
        · dotační řízení na rok 2027 je vyhlášeno
        - uzávěrka žádostí je 15. 1. 2027
        • konzultace po domluvě
        Skupina se dohodla oslovit zástupce pečujících.
        Z: K. Marcinková, T: 15. 12.
        """;

    private static ActionItem Noted(string text, string line, Guid item) =>
        new(Guid.NewGuid(), text, "K. Marcinková", new DateOnly(2026, 12, 15), ActionItemStatus.Open, item, MeetingId, Start, Start, line);

    private static MinutesItem Item(Guid id, string title, string notes, bool continues = false, params ActionItem[] tasks) =>
        new(id, title, null, AgendaItemKind.Other, notes, [], [], tasks, continues);

    private static MinutesContent Minutes(RecordForm? form) => new(
        MeetingId, "Řídicí pracovní skupina", "Jednání", Start, "Magistrát města Liberec", "Petra Hybnerová",
        ["Žaneta Čermáková", "Adam Bílý", "Mgr. Jana Nováková, DiS.", "Kateřina Marcinková"], ["Lucie Hrubá", "Čestmír Adámek"], 4, 0,
        [
            Item(Opening, "Zahájení", "Jednání zahájila K. Marcinková."),
            Item(News, "Aktuality – dotace", NewsNotes, false, Noted("Skupina se dohodla oslovit zástupce pečujících.", "Z: K. Marcinková, T: 15. 12.", News)),
            Item(NewsSecond, "Aktuality – akce", "Den sociálních služeb proběhne v květnu.", continues: true),
            Item(Schedule, "Harmonogram", "Termíny viz níže."),
        ],
        [], [], [], [], new MinutesFooter("Kateřina Marcinková", "V Liberci", new DateOnly(2026, 11, 28)),
        new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero),
        [new PlannedMeeting(new DateOnly(2027, 2, 18), new TimeOnly(13, 0), "Magistrát, zasedací místnost"), new PlannedMeeting(new DateOnly(2027, 5, 20), null, null)],
        form);

    private static readonly MinutesVersionInfo Approved = new(1, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), "Petra Hybnerová");

    /// <summary>The record's text lines as each format shows them (headings, paragraphs, list items, table rows), in order.</summary>
    private static IEnumerable<(string Format, List<string> Lines)> Exports(RecordForm? form, MinutesVersionInfo? version = null)
    {
        var record = MinutesRecord.Build(Minutes(form), version ?? Approved, UiTextEndpoints.Load("cs"), "cs");
        var md = MarkdownWriter.Write(record).ReplaceLineEndings("\n");
        yield return ("md", [.. md.Split('\n').Where(l => l.Length > 0 && !l.StartsWith("| ---", StringComparison.Ordinal))
            .Select(l => Regex.Replace(l.Replace("**", ""), @"^(#+ |- |\d+\. )", "").Replace("\\", "").TrimEnd())]);
        var html = HtmlWriter.Write(record);
        yield return ("html", [.. HtmlLine().Matches(html[html.IndexOf("<main>", StringComparison.Ordinal)..])
            .SelectMany(m => m.Groups[2].Value.Split("<br />")).Select(l => System.Net.WebUtility.HtmlDecode(Tag().Replace(l, "")))]);
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(record)), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(docx));
        yield return ("docx", [.. docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().SelectMany(Lines)]);
    }

    /// <summary>A Word paragraph's lines: its text split where it has a line break.</summary>
    private static string[] Lines(Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" })).Split('\n');

    [GeneratedRegex(@"<(h\d|p|li|td|th)[^>]*>(.*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex HtmlLine();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static int At(List<string> lines, string line, string format)
    {
        var index = lines.IndexOf(line);
        Assert.True(index >= 0, $"{format}: no line \"{line}\" in\n{string.Join("\n", lines)}");
        return index;
    }

    [Fact]
    public void The_heading_line_is_above_the_title_made_from_the_pattern_and_the_group_has_no_line_of_its_own()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            Assert.Equal("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBERECKO – ŘÍDICÍ PRACOVNÍ SKUPINA", lines[0]);
            Assert.Equal("Zápis z jednání řídicí pracovní skupiny ze dne 26. 11. 2026", lines[1]);
            Assert.DoesNotContain(lines, l => l.Contains("Zápis z jednání: Jednání", StringComparison.Ordinal) || l == "Řídicí pracovní skupina");
            _ = format;
        }
    }

    [Fact]
    public void Optional_lines_appear_only_when_the_form_has_them()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            Assert.DoesNotContain(lines, l => l.StartsWith("Facilitátor(ka):", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("Počet účastníků:", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("Schváleno dne", StringComparison.Ordinal) || l.StartsWith("Pracovní verze", StringComparison.Ordinal));
            _ = format;
        }

        foreach (var (format, lines) in Exports(RecordForm.Default))
        {
            At(lines, "Facilitátor(ka): Petra Hybnerová", format);
            At(lines, "Počet účastníků: 4", format);
            At(lines, "Schváleno dne 3. 12. 2026, Petra Hybnerová (verze 1)", format);
            At(lines, "Řídicí pracovní skupina", format);
            Assert.Equal("Zápis z jednání: Jednání", lines[0]);
        }
    }

    [Fact]
    public void Attendance_is_as_entered_or_by_surname_in_czech_collation()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            At(lines, "Přítomni: Adam Bílý, Žaneta Čermáková, Kateřina Marcinková, Mgr. Jana Nováková, DiS.", format);
            At(lines, "Omluveni: Čestmír Adámek, Lucie Hrubá", format);
        }

        foreach (var (format, lines) in Exports(TownForm with { AttendanceOrder = AttendanceOrder.AsEntered }))
        {
            At(lines, "Přítomni: Žaneta Čermáková, Adam Bílý, Mgr. Jana Nováková, DiS., Kateřina Marcinková", format);
            At(lines, "Omluveni: Lucie Hrubá, Čestmír Adámek", format);
        }
    }

    [Fact]
    public void The_footer_is_dated_the_day_the_minutes_were_written_in_the_recorder_s_own_form()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            Assert.Equal("V Liberci dne 28. 11. 2026, zapsala: Kateřina Marcinková", lines[^1]);
            Assert.DoesNotContain(lines, l => l.Contains("6. 12. 2026", StringComparison.Ordinal));
            _ = format;
        }

        foreach (var (format, lines) in Exports(TownForm with { RecorderForm = RecorderForm.Masculine }))
        {
            At(lines, "V Liberci dne 28. 11. 2026, zapsal: Kateřina Marcinková", format);
        }

        foreach (var (format, lines) in Exports(RecordForm.Default))
        {
            At(lines, "V Liberci dne 28. 11. 2026, zapsal(a): Kateřina Marcinková", format);
        }
    }

    [Fact]
    public void Without_a_written_on_date_the_approval_day_dates_the_footer_and_a_draft_has_no_date()
    {
        var undated = Minutes(TownForm) with { Footer = new MinutesFooter("Kateřina Marcinková", "V Liberci") };
        var approved = MarkdownWriter.Write(MinutesRecord.Build(undated, Approved, UiTextEndpoints.Load("cs"), "cs"));
        Assert.Contains("V Liberci dne 3. 12. 2026, zapsala: Kateřina Marcinková", approved);

        var draft = MarkdownWriter.Write(MinutesRecord.Build(undated, null, UiTextEndpoints.Load("cs"), "cs"));
        Assert.Contains("V Liberci, zapsala: Kateřina Marcinková", draft);
        Assert.DoesNotContain("6. 12. 2026", draft);
    }

    [Fact]
    public void Lines_starting_with_a_middle_dot_a_dash_or_a_bullet_are_real_lists()
    {
        var md = MarkdownWriter.Write(MinutesRecord.Build(Minutes(TownForm), Approved, UiTextEndpoints.Load("cs"), "cs")).ReplaceLineEndings("\n");
        Assert.Contains("Informace z odboru sociálních věcí:  \n\n- dotační řízení na rok 2027 je vyhlášeno\n- uzávěrka žádostí je 15. 1. 2027\n- konzultace po domluvě\n", md);

        var html = HtmlWriter.Write(MinutesRecord.Build(Minutes(TownForm), Approved, UiTextEndpoints.Load("cs"), "cs"));
        Assert.Contains("<ul>\n<li>dotační řízení na rok 2027 je vyhlášeno</li>\n<li>uzávěrka žádostí je 15. 1. 2027</li>\n<li>konzultace po domluvě</li>\n</ul>", html);

        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(MinutesRecord.Build(Minutes(TownForm), Approved, UiTextEndpoints.Load("cs"), "cs"))), false);
        var items = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null && p.InnerText.Contains("konzultace", StringComparison.Ordinal) || p.InnerText.StartsWith("dotační", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, p => Assert.NotNull(p.ParagraphProperties?.NumberingProperties?.NumberingId));
    }

    [Fact]
    public void A_task_typed_in_the_notes_is_printed_once_where_it_was_typed()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            var text = At(lines, "Skupina se dohodla oslovit zástupce pečujících.", format);
            Assert.Equal("Z: K. Marcinková, T: 15. 12. 2026", lines[text + 1]);
            Assert.Single(lines, l => l.Contains("oslovit zástupce", StringComparison.Ordinal));
            Assert.Single(lines, l => l.Contains("Z: K. Marcinková", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("Úkol", StringComparison.Ordinal) || l.Contains("Přehled úkolů", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schedule_has_its_own_title_and_the_note_under_it()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            var title = At(lines, "Harmonogram jednání řídicí pracovní skupiny pro rok 2027", format);
            var note = At(lines, "Změna termínů vyhrazena.", format);
            var lastDate = lines.FindIndex(l => l.Contains("20. 5. 2027", StringComparison.Ordinal));
            Assert.True(title < lastDate && lastDate < note && note < lines.Count - 1, $"{format}: {string.Join("\n", lines)}");
        }
    }

    [Fact]
    public void A_programme_item_with_two_blocks_keeps_its_ad_number()
    {
        foreach (var (format, lines) in Exports(TownForm))
        {
            var first = At(lines, "Ad 2) Aktuality – dotace", format);
            var second = At(lines, "Ad 2) Aktuality – akce", format);
            var next = At(lines, "Ad 3) Harmonogram", format);
            Assert.True(At(lines, "Ad 1) Zahájení", format) < first && first < second && second < next);
            Assert.DoesNotContain(lines, l => l.StartsWith("Ad 4)", StringComparison.Ordinal));
            // The programme lists the item once, by its first block.
            var programme = At(lines, "Program", format);
            Assert.Equal(["Zahájení", "Aktuality – dotace", "Harmonogram", "Ad 1) Zahájení"], lines[(programme + 1)..(programme + 5)]);
        }
    }
}
