namespace CommunityPlanning.Documents;

/// <summary>
/// Consecutive accepted edits of one section: a row of <see cref="EditLog"/>, and (before the log had its own
/// table) a 256-edit record of the grain storage, read once by <see cref="LegacyEditLog"/>.
/// </summary>
[GenerateSerializer, Alias("cp.EditLogChunk")]
public sealed class EditLogChunk
{
    [Id(0)] public List<AcceptedEdit> Edits { get; set; } = [];
}
