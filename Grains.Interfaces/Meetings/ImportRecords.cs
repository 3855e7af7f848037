using CommunityPlanning.Documents;

namespace CommunityPlanning.Meetings;

/// <summary>A proposal from an imported record, with the heading of the area it was listed under (null: none).</summary>
[GenerateSerializer, Immutable, Alias("cp.ImportedProposal")]
public sealed record ImportedProposal(
    [property: Id(0)] string? AreaHeading,
    [property: Id(1)] string Text);

/// <summary>
/// What a facilitator brings into a meeting from the previous workshop's record: the vision (used only when the
/// meeting has none yet) and the proposals, placed under the areas with the same heading.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.VisionImport")]
public sealed record VisionImport(
    [property: Id(0)] VisionDocumentDraft? Document,
    [property: Id(1)] IReadOnlyList<ImportedProposal> Proposals);

[GenerateSerializer, Immutable, Alias("cp.VisionImportResult")]
public sealed record VisionImportResult(
    [property: Id(0)] Guid? VisionDocumentId,
    [property: Id(1)] bool DocumentCreated,
    [property: Id(2)] int ProposalsAdded,
    [property: Id(3)] int ProposalsPlaced,
    [property: Id(4)] long Seq);
