using Orleans.Storage;

namespace CommunityPlanning.Benchmarks.Meetings;

/// <summary>
/// The application's grain state serializer, counting what it serializes: the AdoNet storage serializes a grain's
/// state exactly once per write, so the count and the bytes are the storage writes and what they carry.
/// </summary>
internal sealed class CountingSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    private long _writes;
    private long _bytes;

    public (long Writes, long Bytes) Totals => (Interlocked.Read(ref _writes), Interlocked.Read(ref _bytes));

    public BinaryData Serialize<T>(T? input)
    {
        var data = inner.Serialize(input);
        Interlocked.Increment(ref _writes);
        Interlocked.Add(ref _bytes, data.ToMemory().Length);
        return data;
    }

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
