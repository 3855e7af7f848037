using Orleans.Storage;

namespace CommunityPlanning.Documents;

/// <summary>
/// Moves a document's log from where it was kept until <see cref="VisionDocumentState.EditLogVersion"/> 1: grain
/// storage records of 256 edits per section (<c>vision-log-{section}-{chunk}</c>), rewritten on every append.
/// Runs once per document, at its first activation with this code; a move cut short is repeated whole (rows already
/// copied are kept), and the old records are cleared only after the state says the move is done.
/// </summary>
internal sealed class LegacyEditLog(IGrainStorage storage, GrainId grainId)
{
    private const int ChunkSize = 256;

    /// <summary>Copies every old record into <paramref name="log"/>; returns the records for <see cref="ClearAsync"/>.</summary>
    public async Task<IReadOnlyList<(string Name, GrainState<EditLogChunk> State)>> CopyAsync(Guid documentId, IEnumerable<Guid> sectionIds, EditLog log)
    {
        var found = new List<(string, GrainState<EditLogChunk>)>();
        foreach (var sectionId in sectionIds)
        {
            for (var chunk = 0L; ; chunk++)
            {
                var name = $"vision-log-{sectionId:N}-{chunk}";
                var state = new GrainState<EditLogChunk>(new EditLogChunk());
                await storage.ReadStateAsync(name, grainId, state);
                if (!state.RecordExists || state.State is not { Edits.Count: > 0 } stored)
                {
                    break;
                }

                await log.AppendAsync(documentId, stored.Edits, ignoreStored: true);
                found.Add((name, state));
                if (stored.Edits.Count < ChunkSize)
                {
                    break;
                }
            }
        }

        return found;
    }

    public async Task ClearAsync(IReadOnlyList<(string Name, GrainState<EditLogChunk> State)> records)
    {
        foreach (var (name, state) in records)
        {
            await storage.ClearStateAsync(name, grainId, state);
        }
    }
}
