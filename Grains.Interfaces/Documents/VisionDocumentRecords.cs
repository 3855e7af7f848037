namespace CommunityPlanning.Documents;

[GenerateSerializer, Immutable, Alias("cp.VisionSectionDraft")]
public sealed record VisionSectionDraft(
    [property: Id(0)] string Heading,
    [property: Id(1)] string Text);

[GenerateSerializer, Immutable, Alias("cp.VisionDocumentDraft")]
public sealed record VisionDocumentDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<VisionSectionDraft> Sections);

[GenerateSerializer, Immutable, Alias("cp.VisionSection")]
public sealed record VisionSection(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Heading,
    [property: Id(2)] string Text);

[GenerateSerializer, Immutable, Alias("cp.VisionDocumentDetails")]
public sealed record VisionDocumentDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid WorkingGroupId,
    [property: Id(2)] string Title,
    [property: Id(3)] IReadOnlyList<VisionSection> Sections,
    [property: Id(4)] DateTimeOffset CreatedAt);
