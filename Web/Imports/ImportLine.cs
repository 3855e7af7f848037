namespace CommunityPlanning.Web.Imports;

public enum LineKind
{
    Blank,
    Text,

    /// <summary>A Markdown heading (<see cref="ImportLine.Level"/> 1 = "#").</summary>
    Heading,

    /// <summary>A list item ("- ", "• ", "1. "), its marker taken off.</summary>
    Item,
}

/// <summary>
/// One line of an imported text: its number as the user sees it (from 1), and its text without markup.
/// <see cref="Source"/> is the line as written (markers kept, tabs as spaces); <see cref="Cells"/> its columns when
/// it had tabs (a table row); <see cref="Bold"/> whether it was written in bold (DOCX runs, Markdown "**…**").
/// </summary>
public sealed record ImportLine(int Number, LineKind Kind, string Text, int Level = 0)
{
    public string Source { get; init; } = Text;

    public IReadOnlyList<string>? Cells { get; init; }

    public bool Bold { get; init; }
}

/// <summary>A line an importer could not place, and why (a reason code the UI words as <c>import.reason.{reason}</c>).</summary>
public sealed record UnplacedLine(int LineNumber, string Text, string Reason);
