namespace CommunityPlanning.Documents;

/// <summary>
/// A stretch of continuous writing in a section (docs/protocol.md, "History"); revision 0 with no authors is the
/// wording the section was created or imported with.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.HistoryEntry")]
public sealed record HistoryEntry(
    [property: Id(0)] long FromRevision,
    [property: Id(1)] long ToRevision,
    [property: Id(2)] IReadOnlyList<Guid> AuthorIds,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset EndedAt);

[GenerateSerializer, Immutable, Alias("cp.SectionVersion")]
public sealed record SectionVersion(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] long Revision,
    [property: Id(2)] string Text);

/// <summary>A frozen, adopted wording of the whole document ("výsledné znění"); later edits are a new draft.</summary>
[GenerateSerializer, Immutable, Alias("cp.AdoptedWording")]
public sealed record AdoptedWording(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Guid AdoptedBy,
    [property: Id(3)] string AdoptedByName,
    [property: Id(4)] IReadOnlyList<SectionVersion> Sections);
