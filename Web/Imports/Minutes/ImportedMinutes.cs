using CommunityPlanning.Records;

namespace CommunityPlanning.Web.Imports.Minutes;

public enum MinutesElementKind
{
    Text,
    Bullet,
    Task,
}

/// <summary>A paragraph, a list item or a task under an item, in the record's order.</summary>
public sealed record MinutesElement(MinutesElementKind Kind, string Text, string? Responsible = null, DateOnly? Due = null, string? DueText = null);

/// <summary>A block of an item: its heading as written ("Ad 3) Financování", null: none) and what it holds.</summary>
public sealed record MinutesBlock(string? Heading, IReadOnlyList<MinutesElement> Elements);

/// <summary>A programme item: its number in the record, its title and its blocks (usually one; "Ad 3" twice gives two).</summary>
public sealed record MinutesImportItem(int Number, string Title, IReadOnlyList<MinutesBlock> Blocks);

public sealed record MinutesScheduleRow(DateOnly Date, TimeOnly? Time, string? Place, string Text);

/// <summary>"Harmonogram jednání … pro rok 2027", its rows and the note under it.</summary>
public sealed record MinutesSchedule(string? Title, IReadOnlyList<MinutesScheduleRow> Rows, string? Note);

/// <summary>"V Liberci dne 26. 5. 2026, zapsala Jana Malá": where ("V Liberci"), when, who, and their form of "zapsal".</summary>
public sealed record MinutesImportFooter(string? SignedAt, DateOnly? WrittenOn, string? RecordedBy, RecorderForm RecorderForm);

/// <summary>Everything the importer understood of one record, built from the placed lines.</summary>
public sealed record ImportedMinutes(
    IReadOnlyList<string> Heading,
    string? Title,
    DateOnly? Date,
    TimeOnly? Time,
    string? Place,
    string? Facilitator,
    bool HeadCount,
    IReadOnlyList<string> Present,
    IReadOnlyList<string> Excused,
    IReadOnlyList<MinutesImportItem> Items,
    MinutesSchedule? Schedule,
    MinutesImportFooter? Footer);
