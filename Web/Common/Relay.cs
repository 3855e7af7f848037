using System.Collections.Concurrent;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// This web server's subscriptions to one kind of grain (meetings, documents): one
/// <see cref="RelaySubscription{TObserver,TFanOut}"/> per grain that a local connection has open, renewed on a timer
/// (<see cref="ObserverLease"/>), and removed when its last connection leaves: the grain unsubscribed, the fan-out's
/// loops ended, the entry gone from the dictionary and, a moment later (<see cref="ReferenceGrace"/>), the observer
/// reference deleted. A connection that arrives while its grain's subscription is being ended waits for the end and
/// then makes a new one, so the grain never gets the new subscription before the old one's unsubscription.
/// </summary>
public abstract class Relay<TObserver, TFanOut>(IGrainFactory grains, ILogger logger) : BackgroundService
    where TObserver : IGrainObserver
    where TFanOut : class, IRelayFanOut, TObserver
{
    private readonly ConcurrentDictionary<Guid, RelaySubscription<TObserver, TFanOut>> _subscriptions = new();
    /// <summary>Subscriptions to renew after a change of the cluster, until renewed (<see cref="Resubscribe"/>).</summary>
    private readonly ConcurrentDictionary<Guid, byte> _resubscribing = new();
    private long _resubscribeUntil;
    private int _resubscriber;
    private int _loops;
    private int _references;

    protected IGrainFactory Grains => grains;

    protected ILogger Logger => logger;

    /// <summary>How many subscriptions and fan-out loops this relay holds right now.</summary>
    public RelayCounts Counts => new(_subscriptions.Count, Volatile.Read(ref _loops), Volatile.Read(ref _references));

    /// <summary>
    /// How long an ended subscription's observer reference stays registered: a batch the grain sent before it was
    /// unsubscribed may still be on its way (its feed does not wait for it), and Orleans logs an error for every
    /// message to a deleted reference. The ended fan-out drops what comes.
    /// </summary>
    protected virtual TimeSpan ReferenceGrace => TimeSpan.FromSeconds(2);

    /// <summary>How long after a change of the cluster the subscriptions are renewed every second until they succeed.</summary>
    private static readonly TimeSpan ResubscribeFor = TimeSpan.FromSeconds(30);

    /// <summary>How long one renewal may take during a resubscription before it is tried again.</summary>
    private static readonly TimeSpan ResubscribeWait = TimeSpan.FromSeconds(2);

    /// <summary>A new fan-out for the grain; must start nothing (<see cref="IRelayFanOut.Start"/> does).</summary>
    protected abstract TFanOut NewFanOut(Guid id);

    /// <summary>Subscribes to the grain, or renews the subscription.</summary>
    protected abstract Task Subscribe(Guid id, TObserver reference, TFanOut fanOut);

    protected abstract Task Unsubscribe(Guid id);

    /// <summary>
    /// Holds the grain's subscription for a connection (starting it if it is the first) and runs
    /// <paramref name="join"/> under its gate. If <paramref name="join"/> fails the connection lets go again.
    /// </summary>
    protected async Task<T> HoldAsync<T>(Guid id, string connectionId, Func<TFanOut, Task<T>> join)
    {
        while (true)
        {
            var subscription = _subscriptions.GetOrAdd(id, static (key, relay) => new(key, relay.NewFanOut(key)), this);
            await subscription.Gate.WaitAsync();
            try
            {
                if (subscription.Ended)
                {
                    continue; // ended (and removed) while this connection waited for the gate: take a new one
                }

                if (subscription.Reference is null)
                {
                    await StartAsync(subscription);
                }

                subscription.Hold(connectionId);
                try
                {
                    return await join(subscription.FanOut);
                }
                catch
                {
                    subscription.LetGo(connectionId);
                    await EndIfIdleAsync(subscription);
                    throw;
                }
            }
            finally
            {
                subscription.Gate.Release();
            }
        }
    }

    /// <summary>A connection lets go of the grain's subscription; <paramref name="leave"/> then runs under its gate.</summary>
    protected async Task LetGoAsync(Guid id, string connectionId, Func<Task>? leave = null)
    {
        if (!_subscriptions.TryGetValue(id, out var subscription))
        {
            return;
        }

        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Ended || !subscription.LetGo(connectionId))
            {
                return;
            }

            try
            {
                if (leave is not null)
                {
                    await leave();
                }
            }
            finally
            {
                await EndIfIdleAsync(subscription);
            }
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    /// <summary>The fan-out of a grain's subscription, if this server holds one.</summary>
    protected TFanOut? Find(Guid id) => _subscriptions.TryGetValue(id, out var subscription) ? subscription.FanOut : null;

    /// <summary>
    /// The cluster changed (a silo died, left or came): a grain that lived on a lost silo comes back on another one
    /// knowing no subscribers, and would send this server nothing until the next renewal (up to 20 s). So every
    /// subscription is renewed now and then once a second until its renewal succeeds (calls to a grain of a dead
    /// silo fail until the cluster has declared it dead), for at most <see cref="ResubscribeFor"/>.
    /// </summary>
    public void Resubscribe()
    {
        Volatile.Write(ref _resubscribeUntil, Environment.TickCount64 + (long)ResubscribeFor.TotalMilliseconds);
        foreach (var id in _subscriptions.Keys)
        {
            _resubscribing[id] = 0;
        }

        if (Interlocked.Exchange(ref _resubscriber, 1) == 0)
        {
            _ = ResubscribeAsync();
        }
    }

    private async Task ResubscribeAsync()
    {
        var started = Environment.TickCount64;
        var renewed = 0;
        while (!_resubscribing.IsEmpty)
        {
            if (Environment.TickCount64 > Volatile.Read(ref _resubscribeUntil))
            {
                logger.LogWarning("{Count} {Kind} subscriptions could not be renewed after a cluster change; the next renewals try again",
                    _resubscribing.Count, typeof(TObserver).Name);
                _resubscribing.Clear();
                break;
            }

            await Task.WhenAll(_resubscribing.Keys.Select(async id =>
            {
                if (!_subscriptions.TryGetValue(id, out var subscription) || await RenewAsync(subscription, ResubscribeWait))
                {
                    _resubscribing.TryRemove(id, out _);
                    Interlocked.Increment(ref renewed);
                }
            }));
            if (!_resubscribing.IsEmpty)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        logger.LogInformation("Renewed {Count} {Kind} subscriptions after a cluster change in {Elapsed} ms",
            renewed, typeof(TObserver).Name, Environment.TickCount64 - started);
        Volatile.Write(ref _resubscriber, 0);
        if (!_resubscribing.IsEmpty && Interlocked.Exchange(ref _resubscriber, 1) == 0)
        {
            _ = ResubscribeAsync(); // asked again just as this round ended
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Task.WhenAll(_subscriptions.Values.Select(s => RenewAsync(s)));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Leave cleanly so the others see these people go now rather than when the lease runs out.
        await Task.WhenAll(_subscriptions.Keys.Select(async id =>
        {
            try
            {
                await Unsubscribe(id);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not unsubscribe from {Kind} {Id}", typeof(TObserver).Name, id);
            }
        }));
    }

    private async Task StartAsync(RelaySubscription<TObserver, TFanOut> subscription)
    {
        // The loops run before the grain is asked, so they take the first events it sends.
        var loops = subscription.FanOut.Start().Select(CountedAsync).ToList();
        subscription.Started(grains.CreateObjectReference<TObserver>(subscription.FanOut), Task.WhenAll(loops));
        Interlocked.Increment(ref _references);
        try
        {
            await Subscribe(subscription.Id, subscription.Reference!, subscription.FanOut);
        }
        catch
        {
            await EndAsync(subscription);
            throw;
        }
    }

    private async Task CountedAsync(Task loop)
    {
        Interlocked.Increment(ref _loops);
        try
        {
            await loop;
        }
        finally
        {
            Interlocked.Decrement(ref _loops);
        }
    }

    private async Task EndIfIdleAsync(RelaySubscription<TObserver, TFanOut> subscription)
    {
        if (subscription.Idle)
        {
            await EndAsync(subscription);
        }
    }

    /// <summary>Called under the gate; the entry leaves the dictionary last, once the grain has let go of this server.</summary>
    private async Task EndAsync(RelaySubscription<TObserver, TFanOut> subscription)
    {
        if (subscription.End() is { } reference)
        {
            try
            {
                await Unsubscribe(subscription.Id);
            }
            catch (Exception e)
            {
                // The grain drops this server when the lease runs out.
                logger.LogWarning(e, "Unsubscribing from {Kind} {Id} failed", typeof(TObserver).Name, subscription.Id);
            }

            _ = DeleteAfterGraceAsync(reference);
        }

        subscription.FanOut.Complete();
        await subscription.Loops;
        _subscriptions.TryRemove(KeyValuePair.Create(subscription.Id, subscription));
    }

    private async Task DeleteAfterGraceAsync(TObserver reference)
    {
        await Task.Delay(ReferenceGrace);
        grains.DeleteObjectReference<TObserver>(reference);
        Interlocked.Decrement(ref _references);
    }

    /// <summary>Renews a subscription (false if that failed); a renewal that takes longer than <paramref name="wait"/> counts as failed.</summary>
    private async Task<bool> RenewAsync(RelaySubscription<TObserver, TFanOut> subscription, TimeSpan? wait = null)
    {
        await subscription.Gate.WaitAsync();
        try
        {
            if (!subscription.Ended && subscription.Reference is { } reference)
            {
                var renewal = Subscribe(subscription.Id, reference, subscription.FanOut);
                await (wait is { } limit ? renewal.WaitAsync(limit) : renewal);
            }

            return true;
        }
        catch (Exception e) when (ClusterUnavailable.Is(e))
        {
            // Expected while a silo is lost: no stack trace, and during a resubscription (once a second) not even a warning.
            logger.Log(wait is null ? LogLevel.Warning : LogLevel.Debug, "Renewing the subscription to {Kind} {Id} found the cluster unavailable ({Failure}); retrying",
                typeof(TObserver).Name, subscription.Id, e.GetType().Name);
            return false;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Renewing the subscription to {Kind} {Id} failed; retrying next tick", typeof(TObserver).Name, subscription.Id);
            return false;
        }
        finally
        {
            subscription.Gate.Release();
        }
    }
}

/// <summary>What a relay holds: its grain subscriptions, the fan-out loops still running, and its observer references.</summary>
public readonly record struct RelayCounts(int Subscriptions, int Loops, int References);
