namespace CommunityPlanning.Web.Common;

/// <summary>
/// One grain's subscription on this web server, counted by the local connections that hold it. It is made idle
/// (making it has no side effect, so a dictionary may make it and throw it away), started by its first connection
/// and ended by its last; an ended subscription never starts again: a connection that comes later makes a new one.
/// Its state changes only under <see cref="Gate"/>.
/// </summary>
public sealed class RelaySubscription<TObserver, TFanOut>(Guid id, TFanOut fanOut)
    where TObserver : IGrainObserver
    where TFanOut : class, IRelayFanOut, TObserver
{
    private readonly HashSet<string> _holders = new(StringComparer.Ordinal);

    public Guid Id => id;

    public TFanOut FanOut => fanOut;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The observer reference the grain calls, while the subscription is started.</summary>
    public TObserver? Reference { get; private set; }

    /// <summary>The fan-out's loops, until each has ended.</summary>
    public Task Loops { get; private set; } = Task.CompletedTask;

    public bool Ended { get; private set; }

    public bool Idle => _holders.Count == 0;

    public void Started(TObserver reference, Task loops) => (Reference, Loops) = (reference, loops);

    /// <summary>Counts a connection as a holder (once, however often it opens).</summary>
    public void Hold(string connectionId) => _holders.Add(connectionId);

    /// <summary>A holder leaves, and the fan-out stops relaying to it: false if it was none.</summary>
    public bool LetGo(string connectionId)
    {
        FanOut.Remove(connectionId);
        return _holders.Remove(connectionId);
    }

    /// <summary>Marks it ended and hands back the reference to delete, if it was started.</summary>
    public TObserver? End()
    {
        Ended = true;
        var reference = Reference;
        Reference = default;
        return reference;
    }
}
