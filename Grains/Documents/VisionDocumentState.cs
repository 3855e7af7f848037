namespace CommunityPlanning.Documents;

[GenerateSerializer, Alias("cp.VisionDocumentState")]
public sealed class VisionDocumentState
{
    [Id(0)] public Guid WorkingGroupId { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public List<SectionState> Sections { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public bool Locked { get; set; }
}

/// <summary>A section's snapshot: its text at <see cref="SnapshotRevision"/>; later edits are in the log.</summary>
[GenerateSerializer, Alias("cp.SectionState")]
public sealed class SectionState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public string Heading { get; set; } = "";
    [Id(2)] public string SnapshotText { get; set; } = "";
    [Id(3)] public long SnapshotRevision { get; set; }
    [Id(4)] public bool Locked { get; set; }
}
