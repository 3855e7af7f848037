namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>Where a line of imported minutes goes (the preview offers every one of these for every line).</summary>
public enum MinutesPart
{
    /// <summary>Not understood: listed, not saved (the person may place it).</summary>
    Unplaced,

    /// <summary>Left out by the person.</summary>
    Dropped,

    /// <summary>A line above the title ("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB …").</summary>
    Heading,
    Title,
    Date,
    Place,
    Facilitator,

    /// <summary>"Počet účastníků: 9" (the exports count it themselves; the record form says whether it is printed).</summary>
    HeadCount,
    Present,
    Excused,

    /// <summary>A programme item's title (with <see cref="PlacedLine.Item"/>: which one); also "Program:" itself.</summary>
    Programme,

    /// <summary>The heading of a block of text under an item ("Ad 1)", "K bodu 1", a bold heading); an item may have several.</summary>
    Block,
    Text,

    /// <summary>A bulleted line ("·", "-", "•"), one item of a list.</summary>
    Bullet,

    /// <summary>A task ("Úkol: …", "Z: K. Marcinková", "T: 15. 12."); lines of one task in a row make one task.</summary>
    Task,
    ScheduleTitle,

    /// <summary>The schedule's column headings (not saved: the group's schedule has its own).</summary>
    ScheduleHeader,
    ScheduleRow,
    ScheduleNote,

    /// <summary>"V Liberci dne 26. 5. 2026, zapsala …" and "Zapsal: …".</summary>
    Footer,
}

/// <summary>
/// A line of the source and where it goes: <see cref="Item"/> is the programme item's number (1, 2, …) for the parts under
/// an item; <see cref="Joined"/> says the line goes on with the line before (text wrapped by the program it came from).
/// </summary>
public sealed record PlacedLine(int Number, string Text, MinutesPart Part, int? Item = null, bool Joined = false, string? Reason = null);

/// <summary>The person's choice for one line in the preview: another part (and item), or <see cref="MinutesPart.Dropped"/>.</summary>
public sealed record LineChoice(int Line, MinutesPart Part, int? Item);
