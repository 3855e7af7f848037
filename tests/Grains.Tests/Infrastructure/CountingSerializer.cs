using System.Collections.Concurrent;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// The application's grain state serializer, counting what it serializes: the AdoNet storage serializes a grain's
/// state exactly once per write, so the counts and bytes are the storage writes and what they carry, per state type.
/// (Also linked into tests/Benchmarks.)
/// </summary>
public sealed class CountingSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    private readonly ConcurrentDictionary<Type, (long Writes, long Bytes)> _byType = new();

    /// <summary>Writes and bytes so far, of every state type or of one.</summary>
    public (long Writes, long Bytes) Totals(Type? stateType = null) =>
        _byType.Where(t => stateType is null || t.Key == stateType)
            .Aggregate((Writes: 0L, Bytes: 0L), (sum, t) => (sum.Writes + t.Value.Writes, sum.Bytes + t.Value.Bytes));

    public BinaryData Serialize<T>(T? input)
    {
        var data = inner.Serialize(input);
        var length = data.ToMemory().Length;
        _byType.AddOrUpdate(typeof(T), (1, length), (_, sum) => (sum.Writes + 1, sum.Bytes + length));
        return data;
    }

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
