using Orleans.Storage;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>
/// The application's grain state serializer, refusing or holding on demand the writes of one state type: the AdoNet
/// storage serializes a grain's state once per write, before it touches the database, so a refused write stores
/// nothing and a held one waits (on the thread that writes) until released. Counts the writes of every type.
/// </summary>
public sealed class FaultySerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    private readonly CountingSerializer _counted = new(inner);
    private volatile Type? _failing;
    private volatile Type? _holding;
    private TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Writes of <typeparamref name="TState"/> fail from now until <see cref="Heal"/>.</summary>
    public void FailWritesOf<TState>() => _failing = typeof(TState);

    public void Heal() => _failing = null;

    /// <summary>The next write of <typeparamref name="TState"/> waits until <see cref="Release"/>; <see cref="Held"/> completes when it does.</summary>
    public void HoldNextWriteOf<TState>()
    {
        (_held, _release) = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
        _holding = typeof(TState);
    }

    public Task Held => _held.Task;

    public void Release() => _release.TrySetResult();

    public long Writes(Type stateType) => _counted.Totals(stateType).Writes;

    public BinaryData Serialize<T>(T? input)
    {
        if (typeof(T) == _failing)
        {
            throw new IOException($"storage refuses {typeof(T).Name} (test)");
        }

        if (typeof(T) == _holding)
        {
            _holding = null;
            _held.TrySetResult();
            _release.Task.Wait(TimeSpan.FromSeconds(30));
        }

        return _counted.Serialize(input);
    }

    public T? Deserialize<T>(BinaryData input) => inner.Deserialize<T>(input);
}
