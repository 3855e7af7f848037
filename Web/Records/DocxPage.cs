using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Records;

/// <summary>The page of a DOCX record: A4 with 2.5 cm margins, as municipal records are, and "– N –" centred in the footer.</summary>
internal static class DocxPage
{
    /// <summary>The width text has between the margins, in twentieths of a point (A4 is 11906 wide, less two 1417 margins).</summary>
    public const int TextWidth = 11906 - 2 * 1417;

    public static SectionProperties Add(MainDocumentPart main)
    {
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text("– ") { Space = SpaceProcessingModeValues.Preserve }),
            // Word and LibreOffice recompute the field; "1" is what a reader that does not shows.
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" –") { Space = SpaceProcessingModeValues.Preserve })));

        return new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1417, Right = 1417U, Bottom = 1417, Left = 1417U, Header = 708U, Footer = 708U, Gutter = 0U });
    }
}
