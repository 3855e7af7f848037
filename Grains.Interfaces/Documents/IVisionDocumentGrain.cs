namespace CommunityPlanning.Documents;

/// <summary>One vision document: a title and ordered sections. Co-editing comes with the text engine.</summary>
[Alias("cp.IVisionDocumentGrain")]
public interface IVisionDocumentGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the working group grain.</summary>
    [Alias("Create")]
    Task<VisionDocumentDetails> Create(Guid workingGroupId, VisionDocumentDraft draft);

    /// <summary>The document, or <c>not_found</c>.</summary>
    [Alias("Get")]
    Task<VisionDocumentDetails> Get();
}
