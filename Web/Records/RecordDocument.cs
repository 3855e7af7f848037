using System.Globalization;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// A record laid out for export, independent of the format: minutes and vision documents are built into this
/// once, and each format (Markdown, DOCX, print HTML) has one writer for it. <paramref name="Heading"/> is the line
/// above the title that towns print on every record ("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB … – ŘÍDICÍ SKUPINA").
/// </summary>
public sealed record RecordDocument(string Title, IReadOnlyList<RecordBlock> Blocks, string Language = "cs", string? Heading = null)
{
    /// <summary>The culture the record is written for: en-GB for "en", otherwise cs-CZ, the municipality's own.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == "en" ? "en-GB" : "cs-CZ");
}

public abstract record RecordBlock;

/// <summary>A heading, level 1 (the record's own title is not repeated as a block) to 3; other levels are clamped into that range.</summary>
public sealed record RecordHeading(int Level, string Text) : RecordBlock
{
    public int Level { get; } = Math.Clamp(Level, 1, 3);
}

/// <summary>A paragraph of runs; a run may be bold (labels such as "Datum:").</summary>
public sealed record RecordParagraph(IReadOnlyList<RecordRun> Runs) : RecordBlock
{
    public static RecordParagraph Plain(string text) => new([new RecordRun(text)]);

    /// <summary>"Label: value", the header block lines of a municipal record.</summary>
    public static RecordParagraph Field(string label, string value) => new([new RecordRun(label + ":", Bold: true), new RecordRun(" " + value)]);
}

public sealed record RecordRun(string Text, bool Bold = false);

/// <summary>A bulleted or numbered list of plain items.</summary>
public sealed record RecordList(IReadOnlyList<string> Items, bool Numbered = false) : RecordBlock;

/// <summary>A table with a header row; every row has as many cells as the header.</summary>
public sealed record RecordTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : RecordBlock;
