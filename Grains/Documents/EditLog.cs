using Orleans.Storage;

namespace CommunityPlanning.Documents;

/// <summary>
/// A document's operation log in the grain storage, kept in chunks of <see cref="ChunkSize"/> edits per
/// section (one storage record each), so a write costs the same however long the history grows.
/// <see cref="AppendAsync"/> calls must not overlap; reads may run beside an append.
/// </summary>
public sealed class EditLog(IGrainStorage storage, GrainId grainId)
{
    public const int ChunkSize = 256;

    private readonly Dictionary<(Guid Section, long Chunk), GrainState<EditLogChunk>> _open = [];

    public static long ChunkOf(long revision) => (revision - 1) / ChunkSize;

    /// <summary>Writes the edits (consecutive per section) to their chunks; chunks are written in parallel.</summary>
    public async Task AppendAsync(IReadOnlyList<AcceptedEdit> edits)
    {
        var touched = new List<GrainState<EditLogChunk>>();
        var names = new List<string>();
        foreach (var group in edits.GroupBy(e => (e.SectionId, ChunkOf(e.Revision))))
        {
            var state = await OpenAsync(group.Key.SectionId, group.Key.Item2);
            state.State!.Edits.AddRange(group);
            touched.Add(state);
            names.Add(Name(group.Key.SectionId, group.Key.Item2));
        }

        await Task.WhenAll(touched.Select((state, i) => storage.WriteStateAsync(names[i], grainId, state)));
        ForgetFullChunks();
    }

    /// <summary>The edits of a section after a revision, read chunk by chunk until the log ends.</summary>
    public Task<IReadOnlyList<AcceptedEdit>> ReadAfterAsync(Guid sectionId, long revision) =>
        ReadRangeAsync(sectionId, revision, long.MaxValue);

    /// <summary>The edits of a section with revisions in (<paramref name="after"/>, <paramref name="upTo"/>].</summary>
    public async Task<IReadOnlyList<AcceptedEdit>> ReadRangeAsync(Guid sectionId, long after, long upTo)
    {
        var edits = new List<AcceptedEdit>();
        for (var chunk = after / ChunkSize; chunk <= ChunkOf(Math.Max(upTo, 1)); chunk++)
        {
            var stored = await ReadChunkAsync(sectionId, chunk);
            edits.AddRange(stored.Where(e => e.Revision > after && e.Revision <= upTo));
            if (stored.Count < ChunkSize)
            {
                break;
            }
        }

        return edits;
    }

    /// <summary>
    /// Reads a chunk as stored, without keeping it. It never looks at the chunks being appended to: appends
    /// run off the grain's thread (see VisionDocumentGrain), so only they may touch those.
    /// </summary>
    private async Task<IReadOnlyList<AcceptedEdit>> ReadChunkAsync(Guid sectionId, long chunk)
    {
        var state = new GrainState<EditLogChunk>(new EditLogChunk());
        await storage.ReadStateAsync(Name(sectionId, chunk), grainId, state);
        return state.State?.Edits ?? [];
    }

    /// <summary>A full chunk is never written again, so only the open (last) chunk of a section stays in memory.</summary>
    private void ForgetFullChunks()
    {
        foreach (var key in _open.Where(o => o.Value.State!.Edits.Count >= ChunkSize).Select(o => o.Key).ToList())
        {
            _open.Remove(key);
        }
    }

    private async Task<GrainState<EditLogChunk>> OpenAsync(Guid sectionId, long chunk)
    {
        if (!_open.TryGetValue((sectionId, chunk), out var state))
        {
            state = new GrainState<EditLogChunk>(new EditLogChunk());
            await storage.ReadStateAsync(Name(sectionId, chunk), grainId, state);
            state.State ??= new EditLogChunk();
            _open[(sectionId, chunk)] = state;
        }

        return state;
    }

    private static string Name(Guid sectionId, long chunk) => $"vision-log-{sectionId:N}-{chunk}";
}
