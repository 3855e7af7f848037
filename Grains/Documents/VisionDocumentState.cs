namespace CommunityPlanning.Documents;

[GenerateSerializer, Alias("cp.VisionDocumentState")]
public sealed class VisionDocumentState
{
    [Id(0)] public Guid WorkingGroupId { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public List<SectionState> Sections { get; set; } = [];
    [Id(3)] public DateTimeOffset CreatedAt { get; set; }
    [Id(4)] public bool Locked { get; set; }
    [Id(5)] public List<AdoptedWording> Adoptions { get; set; } = [];

    /// <summary>Comments with their ranges as of their <see cref="Comment.Revision"/>.</summary>
    [Id(6)] public List<Comment> Comments { get; set; } = [];

    /// <summary>Where the log is: 0 in grain storage records (<see cref="LegacyEditLog"/>), 1 in <see cref="EditLog"/>'s table.</summary>
    [Id(7)] public int EditLogVersion { get; set; }

    public const int CurrentEditLogVersion = 1;
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
    [Id(5)] public string InitialText { get; set; } = "";

    /// <summary>Revisions of the archived snapshots (vision-snap-{section}-{revision}), oldest first.</summary>
    [Id(6)] public List<long> ArchivedSnapshots { get; set; } = [];

    /// <summary>When the section was created or imported (revision 0); null in documents stored before it was kept.</summary>
    [Id(7)] public DateTimeOffset? AddedAt { get; set; }
}

/// <summary>An archived snapshot of a section, for reading old versions quickly.</summary>
[GenerateSerializer, Alias("cp.SectionArchive")]
public sealed class SectionArchive
{
    [Id(0)] public string Text { get; set; } = "";
}
