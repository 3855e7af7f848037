namespace CommunityPlanning.Web.Imports;

/// <summary>A "Label: value" line of a record's header ("Datum: 26. 5. 2026 od 13 hodin").</summary>
public sealed record HeaderField(string Label, string Value);

/// <summary>An area of the vision ("Uživatelé služeb v sociální oblasti") with its text (paragraphs apart by a blank line).</summary>
public sealed record VisionArea(int LineNumber, string Heading, string Text);

public sealed record ProposalItem(int LineNumber, string Text);

/// <summary>The proposals listed under one heading of the proposals part (null: before any heading).</summary>
public sealed record ProposalGroup(int LineNumber, string? Heading, IReadOnlyList<ProposalItem> Items);

/// <summary>
/// What <see cref="VisionRecordParser"/> understood of a vision workshop's record: the header, the vision part
/// (an introduction, then the areas) and the proposals part ("NÁVRHY AKTIVIT"), and the lines it could not place.
/// </summary>
public sealed record VisionRecord(
    string? Title,
    IReadOnlyList<HeaderField> Fields,
    string? Introduction,
    IReadOnlyList<VisionArea> Areas,
    IReadOnlyList<ProposalGroup> ProposalGroups,
    IReadOnlyList<UnplacedLine> Unplaced);
