using System.Collections.Concurrent;
using System.Threading.Channels;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// This web server's bridge between meeting grains and its SignalR clients. For every meeting with a local
/// connection it holds one grain-observer subscription (renewed on a timer) and relays the grain's events, in
/// order, to each local connection through its own <see cref="ConnectionOutbox"/>, so a client that stops reading
/// holds up no one (a group send would wait for it). Web servers never talk to each other: each one hears the
/// grain directly, so clients of one meeting may sit on any web server.
/// </summary>
public sealed class MeetingRelay(
    IGrainFactory grains, HubConnections<MeetingHub> connections, RelaySettings settings, ILogger<MeetingRelay> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    /// <summary>Identifies this web server process to the grains.</summary>
    public string ServerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <param name="abort">Closes the connection; called when the person is removed from the meeting.</param>
    public async Task<MeetingSnapshot> Join(Guid meetingId, Actor actor, string connectionId, Action abort)
    {
        var connection = connections.Find(connectionId) ?? throw new InvalidOperationException($"connection {connectionId} is not open");
        var subscription = _subscriptions.GetOrAdd(meetingId, id => new Subscription(id, logger));
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is null)
            {
                subscription.Reference = grains.CreateObjectReference<IMeetingObserver>(subscription);
                await Grain(meetingId).Subscribe(ServerId, subscription.Reference, subscription.Claims());
            }

            // Relayed to from before the snapshot is taken, so nothing after it is missed (the client drops
            // what the snapshot already holds); whose connection it is, is known once the grain has said.
            var outbox = new ConnectionOutbox(connection, settings.MaxQueuedRounds, () => Task.FromResult(Resync(meetingId)), logger);
            subscription.Connections[connectionId] = new Member(Guid.Empty, abort, outbox);
            try
            {
                var snapshot = await Grain(meetingId).Connect(actor, ServerId, connectionId);
                subscription.Connections[connectionId] = new Member(snapshot.You.ParticipantId, abort, outbox);
                return snapshot;
            }
            catch
            {
                subscription.Connections.TryRemove(connectionId, out _);
                throw;
            }
        }
        finally
        {
            subscription.Gate.Release();
            await ReleaseIfIdle(subscription);
        }
    }

    public async Task Leave(Guid meetingId, string connectionId)
    {
        if (!_subscriptions.TryGetValue(meetingId, out var subscription))
        {
            return;
        }

        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Connections.TryRemove(connectionId, out _))
            {
                await Grain(meetingId).Disconnect(ServerId, connectionId);
            }
        }
        finally
        {
            subscription.Gate.Release();
            await ReleaseIfIdle(subscription);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Task.WhenAll(_subscriptions.Values.Select(Renew));
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
                await Grain(id).Unsubscribe(ServerId);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not unsubscribe from meeting {MeetingId}", id);
            }
        }));
    }

    private async Task Renew(Subscription subscription)
    {
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is not null)
            {
                await Grain(subscription.MeetingId).Subscribe(ServerId, subscription.Reference, subscription.Claims());
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Renewing the subscription to meeting {MeetingId} failed; retrying next tick", subscription.MeetingId);
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    private async Task ReleaseIfIdle(Subscription subscription)
    {
        await subscription.Gate.WaitAsync();
        try
        {
            if (!subscription.Connections.IsEmpty || subscription.Reference is null)
            {
                return;
            }

            await Grain(subscription.MeetingId).Unsubscribe(ServerId);
            grains.DeleteObjectReference<IMeetingObserver>(subscription.Reference);
            subscription.Reference = null;
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    private IMeetingGrain Grain(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId);

    /// <summary>The outboxes of a meeting's local connections, for looking at how far behind each is.</summary>
    internal IReadOnlyList<ConnectionOutbox> Outboxes(Guid meetingId) =>
        _subscriptions.TryGetValue(meetingId, out var subscription) ? [.. subscription.Connections.Values.Select(m => m.Outbox)] : [];

    /// <summary>What a client that fell too far behind gets instead of the events it missed: fetch a snapshot.</summary>
    private static SerializedHubMessage Resync(Guid meetingId) => ConnectionOutbox.Serialize(ClientEvents.MeetingResync, new MeetingResync(meetingId));

    /// <summary>A local connection to a meeting: whose it is, how to close it, and its outbox.</summary>
    private sealed record Member(Guid ParticipantId, Action Abort, ConnectionOutbox Outbox);

    /// <summary>One meeting's subscription on this server, with its connections here.</summary>
    private sealed class Subscription : IMeetingObserver
    {
        /// <summary>The most events taken for one round of messages.</summary>
        private const int MaxRound = 256;

        private readonly Channel<MeetingEvent> _events = Channel.CreateUnbounded<MeetingEvent>(new() { SingleReader = true });
        private readonly ILogger _logger;

        public Subscription(Guid meetingId, ILogger logger)
        {
            MeetingId = meetingId;
            _logger = logger;
            _ = Task.Run(RelayAsync);
        }

        public Guid MeetingId { get; }
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>This server's connections to the meeting. Changed under <see cref="Gate"/>; also read by the relay loop, hence concurrent.</summary>
        public ConcurrentDictionary<string, Member> Connections { get; } = new(StringComparer.Ordinal);

        public IMeetingObserver? Reference { get; set; }

        public IReadOnlyList<ConnectionClaim> Claims() =>
            [.. Connections.Where(c => c.Value.ParticipantId != Guid.Empty).Select(c => new ConnectionClaim(c.Key, c.Value.ParticipantId))];

        public Task OnEvents(IReadOnlyList<MeetingEvent> events)
        {
            foreach (var e in events)
            {
                _events.Writer.TryWrite(e);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// Everything queued while the previous round was offered goes out as the next round, serialized once. A
        /// removed person's connections (or those of someone whose invite ended) close once the round that told them
        /// (rosterChanged) is written to them.
        /// </summary>
        private async Task RelayAsync()
        {
            var round = new List<MeetingEvent>(MaxRound);
            while (await _events.Reader.WaitToReadAsync())
            {
                round.Clear();
                while (round.Count < MaxRound && _events.Reader.TryRead(out var e))
                {
                    round.Add(e);
                }

                try
                {
                    var messages = round.Select(ToMessage).OfType<(string Method, object Payload)>()
                        .Select(m => ConnectionOutbox.Serialize(m.Method, m.Payload)).ToList();
                    foreach (var merge in round.OfType<SeatsMerged>())
                    {
                        GoOnAs(merge.MergedId, merge.Kept.ParticipantId);
                    }

                    var removed = round.OfType<RosterChanged>().Where(r => r.Entry.Removed || r.Entry.AccessEnded).Select(r => r.Entry.ParticipantId).ToHashSet();
                    foreach (var member in Connections.Values)
                    {
                        member.Outbox.Offer(messages, removed.Contains(member.ParticipantId) ? member.Abort : null);
                    }
                }
                catch (Exception ex)
                {
                    // A fault in mapping must not stop the relay for good; the clients see a gap and resynchronise.
                    _logger.LogError(ex, "Relaying a round of {Count} meeting events failed", round.Count);
                }
            }
        }

        /// <summary>
        /// A merged seat's connections are the kept seat's from now on (so they close when it is removed). Compared and
        /// swapped, never added: a connection that left meanwhile stays gone.
        /// </summary>
        private void GoOnAs(Guid mergedId, Guid keptId)
        {
            foreach (var (connectionId, member) in Connections.Where(c => c.Value.ParticipantId == mergedId))
            {
                Connections.TryUpdate(connectionId, member with { ParticipantId = keptId }, member);
            }
        }

        private static (string, object)? ToMessage(MeetingEvent e) => ClientEvents.NameOf(e) is { } name ? (name, e) : null;
    }
}
