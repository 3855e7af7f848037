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
    /// One document's local connections in two lanes, each with its own <see cref="RelayPump"/>: editors, whose
    /// OT clients wait for their own edit to come back before sending the next, get short rounds; viewers (the
    /// public, possibly a thousand) get the same events in rounds that grow with their number. Both lanes see every
    /// event in the grain's order.
    /// </summary>
    private static readonly TimeSpan EditorsMaxInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ViewersMaxInterval = TimeSpan.FromMilliseconds(50);

    private sealed class Subscription(Guid documentId, Func<Task<DocumentSnapshot>> snapshot, int maxQueuedRounds, ILogger logger) : IDocumentObserver
    {
        private readonly RelayPump _editors = new(EditorsMaxInterval, viewers: false, logger);
        private readonly RelayPump _viewers = new(ViewersMaxInterval, viewers: true, logger);
        private readonly ConcurrentDictionary<string, ConnectionOutbox> _editorOutboxes = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, ConnectionOutbox> _viewerOutboxes = new(StringComparer.Ordinal);

        public Guid DocumentId { get; } = documentId;
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public IDocumentObserver? Reference { get; set; }
        public int Connections => _editorOutboxes.Count + _viewerOutboxes.Count;

        public IReadOnlyList<ConnectionOutbox> Outboxes => [.. _editorOutboxes.Values, .. _viewerOutboxes.Values];

        public void Start()
        {
            _editors.Start(() => _editorOutboxes.Values, () => Connections);
            _viewers.Start(() => _viewerOutboxes.Values, () => Connections);
        }

        public void Add(HubConnectionContext connection, bool viewer)
        {
            Remove(connection.ConnectionId);
            (viewer ? _viewerOutboxes : _editorOutboxes)[connection.ConnectionId] = new ConnectionOutbox(connection, maxQueuedRounds, SnapshotMessageAsync, logger);
        }

        public bool Remove(string connectionId) =>
            _editorOutboxes.TryRemove(connectionId, out _) | _viewerOutboxes.TryRemove(connectionId, out _);

        public Task OnEvents(IReadOnlyList<DocumentEvent> events)
        {
            _editors.Enqueue(events);
            _viewers.Enqueue(events);
            return Task.CompletedTask;
        }

        /// <summary>Authors are editors: their acknowledgement waits for the editors' lane only.</summary>
        public Task RelayedAsync(Guid sectionId, long revision) => _editors.RelayedAsync(sectionId, revision);

        private async Task<SerializedHubMessage> SnapshotMessageAsync() =>
            ConnectionOutbox.Serialize(ClientEvents.DocumentSnapshot, await snapshot());
    }
}
