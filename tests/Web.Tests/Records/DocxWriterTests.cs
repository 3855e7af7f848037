using CommunityPlanning.Web.Records;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>The DOCX record: valid Open XML, read back with its structure (styles, numbering, header row) intact.</summary>
public sealed class DocxWriterTests
{
    [Theory]
    [InlineData(FileFormatVersions.Office2019)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void The_minutes_are_valid_open_xml(FileFormatVersions version)
    {
        using var docx = Open(MinutesSample.Document());

        var errors = new OpenXmlValidator(version).Validate(docx).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void The_paragraphs_come_in_order_with_their_styles()
    {
        using var docx = Open(MinutesSample.Document());
        var body = docx.MainDocumentPart!.Document!.Body!;

        var paragraphs = body.Elements<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text(p))).ToList();

        (string?, string)[] expected =
        [
            ("Title", MinutesSample.Title),
            (null, "Datum: 18. 11. 2015"),
            (null, "Místo: Magistrát města Liberec, zasedací místnost č. 3"),
            (null, "Přítomni: K. Marcinková, J. Šťastný, Ž. Čermáková"),
            ("Heading1", "Ad 1) Zahájení"),
            (null, "Jednání zahájila K. Marcinková.\nPřivítala nové členy skupiny."),
            ("Heading1", "Ad 2) Rozvojové záměry"),
            ("ListParagraph", "Domov Pohoda – odlehčovací služba"),
            ("ListParagraph", "Terénní pečovatelská služba"),
            ("ListParagraph", MinutesSample.HostileKept),
            ("Heading2", "Hlasování " + MinutesSample.HostileKept),
            ("ListParagraph", "doporučuji: 7"),
            ("ListParagraph", "nedoporučuji: 1"),
            ("Heading3", "Pořadí návrhů"),
            (null, "Z: K. Marcinková, termín: 18. 11. 2015"),
            (null, MinutesSample.Letters),
            (null, MinutesSample.HostileKept),
            ("ListParagraph", "druhý číslovaný seznam"),
            ("ListParagraph", "začíná znovu od jedné"),
            (null, "V Liberci dne 18. 11. 2015, zapsala: K. Marcinková"),
        ];
        Assert.Equal(expected, paragraphs);
        // The line break is a <w:br/> between two texts, not a newline inside one.
        var multiLine = body.Elements<Paragraph>().Single(p => Text(p).StartsWith("Jednání", StringComparison.Ordinal));
        Assert.Single(multiLine.Descendants<Break>());
        Assert.DoesNotContain(multiLine.Descendants<Text>(), t => t.Text.Contains('\n'));
    }

    [Fact]
    public void Labels_are_bold_and_values_are_not()
    {
        using var docx = Open(MinutesSample.Document());
        var date = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ElementAt(1);

        var runs = date.Elements<Run>().Select(r => (r.InnerText, r.RunProperties?.Bold is not null)).ToList();

        Assert.Equal([("Datum:", true), (" 18. 11. 2015", false)], runs);
        Assert.All(date.Descendants<Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space?.Value));
    }

    [Fact]
    public void The_heading_styles_are_word_headings_with_outline_levels()
    {
        using var docx = Open(MinutesSample.Document());
        var styles = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        for (var level = 1; level <= 3; level++)
        {
            var heading = styles[$"Heading{level}"];
            Assert.Equal($"heading {level}", heading.StyleName!.Val!.Value);
            Assert.Equal(level - 1, heading.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(heading.StyleParagraphProperties.KeepNext);
        }

        Assert.True(styles["Normal"].Default!.Value);
        Assert.Contains("Title", styles.Keys);
        Assert.Contains("ListParagraph", styles.Keys);
    }

    [Fact]
    public void Bulleted_and_numbered_lists_use_their_numbering_and_each_numbered_list_restarts()
    {
        using var docx = Open(MinutesSample.Document());
        var main = docx.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var items = main.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (Text: Text(p), Id: p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value))
            .ToList();

        NumberFormatValues Format(int id)
        {
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            return definition.Elements<Level>().Single(l => l.LevelIndex!.Value == 0).NumberingFormat!.Val!.Value;
        }

        Assert.Equal(7, items.Count);
        Assert.All(items[..3], i => Assert.Equal(NumberFormatValues.Bullet, Format(i.Id)));
        Assert.All(items[3..], i => Assert.Equal(NumberFormatValues.Decimal, Format(i.Id)));
        // The two numbered lists have instances of their own, each starting at 1 again.
        var first = items[3].Id;
        var second = items[5].Id;
        Assert.Equal(first, items[4].Id);
        Assert.NotEqual(first, second);
        foreach (var id in new[] { first, second })
        {
            var start = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == id).Descendants<StartOverrideNumberingValue>().Single();
            Assert.Equal(1, start.Val!.Value);
        }
    }

    [Fact]
    public void The_table_has_borders_and_a_marked_header_row()
    {
        using var docx = Open(MinutesSample.Document());
        var table = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        var rows = table.Elements<TableRow>().ToList();

        Assert.Equal(4, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows[1..], r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["Záměr", "Body", "Pořadí"], rows[0].Elements<TableCell>().Select(Text));
        Assert.All(rows[0].Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.Equal(["Terénní péče\nv obcích", "9", "2."], rows[2].Elements<TableCell>().Select(Text));
        Assert.Equal(MinutesSample.HostileKept, Text(rows[3].Elements<TableCell>().First()));
        var borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
        Assert.Equal(6, borders.ChildElements.Count);
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        Assert.Equal(3, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
    }

    [Fact]
    public void A_row_shorter_than_the_header_is_padded_to_keep_the_table_rectangular()
    {
        using var docx = Open(new RecordDocument("Tabulka", [new RecordTable(["A", "B"], [["jen jedna"]])]));
        var rows = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().Single().Elements<TableRow>();

        Assert.All(rows, r => Assert.Equal(2, r.Elements<TableCell>().Count()));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(docx));
    }

    [Fact]
    public void Hostile_text_is_text_in_the_xml_and_the_control_characters_are_gone()
    {
        var bytes = DocxWriter.Write(MinutesSample.Document());
        using var docx = Open(bytes);
        using var reader = new StreamReader(docx.MainDocumentPart!.GetStream());

        var xml = reader.ReadToEnd();

        Assert.DoesNotContain("<script>", xml);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;", xml);
        Assert.DoesNotContain(xml, c => c is '\u0001' or '\u0007' or '\u001B');
        Assert.Contains(MinutesSample.Letters, xml);
    }

    [Theory]
    [InlineData("cs", "cs-CZ")]
    [InlineData("en", "en-GB")]
    public void The_language_and_title_are_in_the_core_properties_and_on_every_run(string language, string tag)
    {
        using var docx = Open(MinutesSample.Document(language) with { Title = "Zápis\u0002 z jednání" });

        Assert.Equal("Zápis z jednání", docx.PackageProperties.Title);
        Assert.Equal(tag, docx.PackageProperties.Language);
        var defaults = docx.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal(tag, defaults.Languages!.Val!.Value);
        Assert.Equal("Calibri", defaults.RunFonts!.Ascii!.Value);
    }

    [Fact]
    public void The_pages_are_a4_with_margins_and_numbered_in_the_footer()
    {
        using var docx = Open(MinutesSample.Document());
        var main = docx.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.Same(section, main.Document.Body!.LastChild);
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1417, 1417U, 1417, 1417U), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value));
        var reference = section.GetFirstChild<FooterReference>()!;
        var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);
        Assert.Equal("– 1 –", footer.InnerText);
    }

    [Fact]
    public void Heading_levels_outside_one_to_three_are_clamped()
    {
        using var docx = Open(new RecordDocument("Nadpisy", [new RecordHeading(0, "nula"), new RecordHeading(7, "sedm")]));

        var styles = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList()[1..].Select(p => p.ParagraphProperties!.ParagraphStyleId!.Val!.Value);

        Assert.Equal(["Heading1", "Heading3"], styles);
    }

    private static WordprocessingDocument Open(RecordDocument document) => Open(DocxWriter.Write(document));

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);

    /// <summary>The text of an element as a reader sees it: its texts, with a line break for each &lt;w:br/&gt;.</summary>
    private static string Text(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        }));
}
