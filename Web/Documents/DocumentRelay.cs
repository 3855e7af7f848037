using System.Collections.Concurrent;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// This web server's subscriptions to the documents its clients have open: one grain observer per document,
/// renewed on a timer, relaying edits, carets and locks in order to each local connection that has it open
/// (in rounds, see <see cref="RelayPump"/>; each connection through its own <see cref="ConnectionOutbox"/>).
/// </summary>
public sealed class DocumentRelay(
    IGrainFactory grains, HubConnections<MeetingHub> connections, MeetingRelay meetings, RelaySettings settings, ILogger<DocumentRelay> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    /// <param name="viewer">The connection cannot edit the document: it gets composed changes instead of every edit.</param>
    public async Task Open(Guid documentId, string connectionId, bool viewer)
    {
        var connection = connections.Find(connectionId) ?? throw new InvalidOperationException($"connection {connectionId} is not open");
        var subscription = _subscriptions.GetOrAdd(documentId, id =>
        {
            var created = new Subscription(id, () => Grain(id).Open(), settings.MaxQueuedRounds, logger);
            created.Start();
            return created;
        });
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is null)
            {
                subscription.Reference = grains.CreateObjectReference<IDocumentObserver>(subscription);
                await Grain(documentId).Subscribe(meetings.ServerId, subscription.Reference);
            }

            subscription.Add(connection, viewer);
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    /// <summary>
    /// Completes once the event of a revision has been handed to every local connection of the document,
    /// so an author's acknowledgement never overtakes the edits sequenced before it (or its own event).
    /// Gives up after <paramref name="timeout"/>: the client then notices the gap and asks for the edits.
    /// </summary>
    public Task RelayedAsync(Guid documentId, Guid sectionId, long revision, TimeSpan timeout) =>
        _subscriptions.TryGetValue(documentId, out var subscription)
            ? subscription.RelayedAsync(sectionId, revision).WaitAsync(timeout).ContinueWith(_ => { }, TaskScheduler.Default)
            : Task.CompletedTask;

    public async Task Close(Guid documentId, string connectionId)
    {
        if (!_subscriptions.TryGetValue(documentId, out var subscription))
        {
            return;
        }

        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Remove(connectionId) && subscription.Connections == 0 && subscription.Reference is not null)
            {
                await Grain(documentId).Unsubscribe(meetings.ServerId);
                grains.DeleteObjectReference<IDocumentObserver>(subscription.Reference);
                subscription.Reference = null;
            }
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var subscription in _subscriptions.Values)
                {
                    if (subscription.Reference is { } reference)
                    {
                        try
                        {
                            await Grain(subscription.DocumentId).Subscribe(meetings.ServerId, reference);
                        }
                        catch (Exception e)
                        {
                            logger.LogWarning(e, "Renewing the subscription to document {DocumentId} failed", subscription.DocumentId);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>The outboxes of a document's local connections, for looking at how far behind each is.</summary>
    internal IReadOnlyList<ConnectionOutbox> Outboxes(Guid documentId) =>
        _subscriptions.TryGetValue(documentId, out var subscription) ? subscription.Outboxes : [];

    private IVisionDocumentGrain Grain(Guid documentId) => grains.GetGrain<IVisionDocumentGrain>(documentId);

    /// <summary>
    /// One document's local connections in two lanes: editors, whose OT clients wait for their own edit to come back
    /// before sending the next, get short rounds; viewers (the public, possibly a thousand) get the same events in
    /// rounds that grow with their number, in <see cref="ViewerGroups"/> groups that take turns. Each group has its own
    /// <see cref="RelayPump"/>, and every pump sees every event in the grain's order. A viewer joins the smallest group
    /// and stays in it, so its events keep their order.
    /// </summary>
    private static readonly TimeSpan EditorsMaxInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ViewersMaxInterval = TimeSpan.FromMilliseconds(50);
    internal const int ViewerGroups = 8;

    private sealed class Subscription : IDocumentObserver
    {
        private readonly Func<Task<DocumentSnapshot>> _snapshot;
        private readonly int _maxQueuedRounds;
        private readonly ILogger _logger;
        private readonly Lane _editors;
        private readonly Lane[] _viewers;
        private readonly Lane[] _lanes; // the editors and every viewers' group

        public Subscription(Guid documentId, Func<Task<DocumentSnapshot>> snapshot, int maxQueuedRounds, ILogger logger)
        {
            (DocumentId, _snapshot, _maxQueuedRounds, _logger) = (documentId, snapshot, maxQueuedRounds, logger);
            _editors = new Lane(new RelayPump(EditorsMaxInterval, viewers: false, logger));
            _viewers = [.. Enumerable.Range(0, ViewerGroups).Select(g => new Lane(new RelayPump(ViewersMaxInterval, viewers: true, logger, g, ViewerGroups)))];
            _lanes = [_editors, .. _viewers];
        }

        public Guid DocumentId { get; }
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public IDocumentObserver? Reference { get; set; }
        public int Connections => _lanes.Sum(l => l.Outboxes.Count);

        public IReadOnlyList<ConnectionOutbox> Outboxes => [.. _lanes.SelectMany(l => l.Outboxes.Values)];

        public void Start()
        {
            foreach (var lane in _lanes)
            {
                lane.Pump.Start(() => lane.Outboxes.Values, () => Connections);
            }
        }

        /// <summary>Called under <see cref="Gate"/>, so the smallest group stays the smallest until the add.</summary>
        public void Add(HubConnectionContext connection, bool viewer)
        {
            Remove(connection.ConnectionId);
            var lane = viewer ? _viewers.MinBy(l => l.Outboxes.Count)! : _editors;
            lane.Outboxes[connection.ConnectionId] = new ConnectionOutbox(connection, _maxQueuedRounds, SnapshotMessageAsync, _logger);
        }

        public bool Remove(string connectionId)
        {
            var removed = false;
            foreach (var lane in _lanes)
            {
                removed |= lane.Outboxes.TryRemove(connectionId, out _);
            }

            return removed;
        }

        public Task OnEvents(IReadOnlyList<DocumentEvent> events)
        {
            foreach (var lane in _lanes)
            {
                lane.Pump.Enqueue(events);
            }

            return Task.CompletedTask;
        }

        /// <summary>Authors are editors: their acknowledgement waits for the editors' lane only.</summary>
        public Task RelayedAsync(Guid sectionId, long revision) => _editors.Pump.RelayedAsync(sectionId, revision);

        private async Task<SerializedHubMessage> SnapshotMessageAsync() =>
            ConnectionOutbox.Serialize(ClientEvents.DocumentSnapshot, await _snapshot());

        private sealed record Lane(RelayPump Pump)
        {
            public ConcurrentDictionary<string, ConnectionOutbox> Outboxes { get; } = new(StringComparer.Ordinal);
        }
    }
}
