using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// The numbering part of a DOCX record: one bullet definition shared by all bulleted lists, and one decimal
/// definition with an instance per numbered list, each restarting at 1.
/// </summary>
internal sealed class DocxLists
{
    private const int BulletDefinition = 0;
    private const int DecimalDefinition = 1;
    private const int BulletInstance = 1;

    private readonly Numbering numbering;
    private int lastInstance = BulletInstance;

    public DocxLists(MainDocumentPart main)
    {
        numbering = new Numbering(
            Definition(BulletDefinition, NumberFormatValues.Bullet, "\u2022"),
            Definition(DecimalDefinition, NumberFormatValues.Decimal, "%1."),
            new NumberingInstance(new AbstractNumId { Val = BulletDefinition }) { NumberID = BulletInstance });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
    }

    /// <summary>The numbering id for the next list's items.</summary>
    public int Next(bool numbered)
    {
        if (!numbered)
        {
            return BulletInstance;
        }

        numbering.Append(new NumberingInstance(
            new AbstractNumId { Val = DecimalDefinition },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = ++lastInstance });
        return lastInstance;
    }

    private static AbstractNum Definition(int id, NumberFormatValues format, string text) =>
        new(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = id };
}
