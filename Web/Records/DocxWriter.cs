using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// Writes a <see cref="RecordDocument"/> as a Word document laid out as Czech municipal records are: heading line, title and
/// real heading styles, bulleted and numbered lists, tables with a repeating header row, A4 pages numbered in
/// the footer, and the record's language on every run so spelling and screen readers use it.
/// </summary>
public static class DocxWriter
{
    private const string HeaderShade = "D9D9D9";

    public static byte[] Write(RecordDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var title = RecordChars.Clean(document.Title).Replace('\n', ' ');
            package.PackageProperties.Title = title;
            package.PackageProperties.Language = document.Culture.Name;

            var main = package.AddMainDocumentPart();
            DocxStyles.Add(main, document.Culture.Name);
            // Without a compatibility mode Word would open the record in the mode of Word 2007.
            main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
            var lists = new DocxLists(main);

            var body = new Body();
            if (document.Heading is { } heading)
            {
                body.Append(Paragraph(DocxStyles.RecordHeading, [new RecordRun(heading)]));
            }

            body.Append(Paragraph(DocxStyles.Title, [new RecordRun(title)]));
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case RecordHeading h:
                        body.Append(Paragraph(DocxStyles.Heading(h.Level), [new RecordRun(h.Text)]));
                        break;
                    case RecordParagraph p:
                        body.Append(Paragraph(null, p.Runs));
                        break;
                    case RecordList list:
                        var id = lists.Next(list.Numbered);
                        body.Append(list.Items.Select(item => ListItem(id, item)));
                        break;
                    case RecordTable table:
                        body.Append(Table(table));
                        break;
                }
            }

            body.Append(DocxPage.Add(main));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string? style, IEnumerable<RecordRun> runs)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(runs.Select(Run));
        return paragraph;
    }

    private static Paragraph ListItem(int numberingId, string text) =>
        new(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.ListParagraph },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId })),
            Run(new RecordRun(text)));

    /// <summary>A run of clean text, its line breaks as &lt;w:br/&gt;.</summary>
    private static Run Run(RecordRun source)
    {
        var run = new Run();
        if (source.Bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }

        var lines = RecordChars.Clean(source.Text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            if (lines[i].Length > 0)
            {
                run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    /// <summary>
    /// A full-width table with borders; the header row is bold, shaded and repeats on each page, and no row breaks
    /// across pages. Short rows are padded so every row has a cell for each column.
    /// </summary>
    private static Table Table(RecordTable source)
    {
        var columns = Math.Max(1, source.Rows.Select(r => r.Count).Append(source.Header.Count).Max());
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U },
                    new RightBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (DocxPage.TextWidth / columns).ToString() })));
        table.Append(Row(source.Header, columns, header: true));
        table.Append(source.Rows.Select(row => Row(row, columns, header: false)));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int columns, bool header)
    {
        var row = new TableRow(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        foreach (var text in Enumerable.Range(0, columns).Select(i => i < cells.Count ? cells[i] : ""))
        {
            var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Pct, Width = (5000 / columns).ToString() });
            if (header)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderShade });
            }

            row.Append(new TableCell(properties, Paragraph(null, [new RecordRun(text, Bold: header)])));
        }

        return row;
    }
}
