using Orleans.Storage;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// The application's grain state serializer, refusing on demand to serialize one state type: the AdoNet storage
/// serializes a grain's state once per write, before it touches the database, so the write fails and nothing is stored.
/// </summary>
public sealed class FaultySerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    private volatile Type? _failing;

    /// <summary>Writes of <typeparamref name="TState"/> fail from now until <see cref="Heal"/>.</summary>
    public void FailWritesOf<TState>() => _failing = typeof(TState);

    public void Heal() => _failing = null;

    public BinaryData Serialize<T>(T? input) =>
        typeof(T) == _failing ? throw new IOException($"storage refuses {typeof(T).Name} (test)") : inner.Serialize(input);

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
