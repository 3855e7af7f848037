namespace CommunityPlanning.Documents;

/// <summary>A run of <see cref="EditLog.ChunkSize"/> consecutive accepted edits of one section.</summary>
[GenerateSerializer, Alias("cp.EditLogChunk")]
public sealed class EditLogChunk
{
    [Id(0)] public List<AcceptedEdit> Edits { get; set; } = [];
}
