using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// The styles of a DOCX record. Headings use Word's built-in names ("heading 1") and outline levels, so the
/// navigation pane, the table of contents and screen readers see the record's structure.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";

    /// <summary>The line above the title (the programme's and group's name in capitals), bold, kept with the title.</summary>
    public const string RecordHeading = "RecordHeading";
    public const string ListParagraph = "ListParagraph";

    public static string Heading(int level) => $"Heading{level}";

    public static void Add(MainDocumentPart main, string languageTag)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    // Calibri has every Czech letter; Arial covers complex scripts and is the usual substitute.
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", EastAsia = "Calibri", ComplexScript = "Arial" },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "22" },
                    new Languages { Val = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph(RecordHeading, "Record Heading", outlineLevel: null, sizeHalfPoints: 22, spaceBefore: 0, spaceAfter: 120),
            Paragraph(Title, "Title", outlineLevel: null, sizeHalfPoints: 40, spaceBefore: 0, spaceAfter: 240),
            Paragraph(Heading(1), "heading 1", outlineLevel: 0, sizeHalfPoints: 32, spaceBefore: 360, spaceAfter: 120),
            Paragraph(Heading(2), "heading 2", outlineLevel: 1, sizeHalfPoints: 28, spaceBefore: 240, spaceAfter: 120),
            Paragraph(Heading(3), "heading 3", outlineLevel: 2, sizeHalfPoints: 24, spaceBefore: 240, spaceAfter: 80),
            new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                // Items of one list sit together; the list as a whole keeps the paragraph spacing.
                new StyleParagraphProperties(new ContextualSpacing()))
            { Type = StyleValues.Paragraph, StyleId = ListParagraph });
    }

    /// <summary>A bold title or heading style, kept with the paragraph after it.</summary>
    private static Style Paragraph(string id, string name, int? outlineLevel, int sizeHalfPoints, int spaceBefore, int spaceAfter)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = spaceBefore.ToString(), After = spaceAfter.ToString() });
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraph,
            new StyleRunProperties(
                new Bold(),
                new BoldComplexScript(),
                new FontSize { Val = sizeHalfPoints.ToString() },
                new FontSizeComplexScript { Val = sizeHalfPoints.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
