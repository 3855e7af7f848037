namespace CommunityPlanning.Documents;

[GenerateSerializer, Alias("cp.VisionDocumentState")]
public sealed class VisionDocumentState
{
    [Id(0)] public Guid WorkingGroupId { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public List<VisionSection> Sections { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
}
