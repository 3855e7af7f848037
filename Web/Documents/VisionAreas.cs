using CommunityPlanning.Documents;

namespace CommunityPlanning.Web.Documents;

/// <summary>The areas of a vision (its sections) by id, for exports that name the area of a proposal.</summary>
public static class VisionAreas
{
    public static async Task<IReadOnlyDictionary<Guid, string>> HeadingsAsync(IGrainFactory grains, Guid? documentId) =>
        documentId is { } id
            ? (await grains.GetGrain<IVisionDocumentGrain>(id).Get()).Sections.ToDictionary(s => s.Id, s => s.Heading)
            : new Dictionary<Guid, string>();
}
