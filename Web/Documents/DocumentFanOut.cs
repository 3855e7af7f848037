using System.Collections.Concurrent;
using CommunityPlanning.Documents;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// One document's local connections in two lanes: editors, whose OT clients wait for their own edit to come back
/// before sending the next, get short rounds; viewers (the public, possibly a thousand) get the same events in
/// rounds that grow with their number, in <see cref="ViewerGroups"/> groups that take turns. Each group has its own
/// <see cref="RelayPump"/>, and every pump sees every event in the grain's order. A viewer joins the smallest group
/// and stays in it, so its events keep their order. It is the grain observer of the document's subscription here.
/// </summary>
public sealed class DocumentFanOut : IDocumentObserver, IRelayFanOut
{
    internal const int ViewerGroups = 8;
    private static readonly TimeSpan EditorsMaxInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan ViewersMaxInterval = TimeSpan.FromMilliseconds(50);

    private readonly Func<Task<DocumentSnapshot>> _snapshot;
    private readonly int _maxQueuedRounds;
    private readonly RelayKindTally _tally;
    private readonly ILogger _logger;
    private readonly Lane _editors;
    private readonly Lane[] _viewers;
    private readonly Lane[] _lanes; // the editors and every viewers' group

    /// <param name="snapshot">The catch-up of a connection that fell too far behind.</param>
    /// <param name="tally">Counts the rounds and the outboxes' queues, for the metrics.</param>
    public DocumentFanOut(Func<Task<DocumentSnapshot>> snapshot, int maxQueuedRounds, RelayKindTally tally, ILogger logger)
    {
        (_snapshot, _maxQueuedRounds, _tally, _logger) = (snapshot, maxQueuedRounds, tally, logger);
        _editors = new Lane(new RelayPump(EditorsMaxInterval, viewers: false, tally, logger));
        _viewers = [.. Enumerable.Range(0, ViewerGroups).Select(g => new Lane(new RelayPump(ViewersMaxInterval, viewers: true, tally, logger, g, ViewerGroups)))];
        _lanes = [_editors, .. _viewers];
    }

    public IReadOnlyList<ConnectionOutbox> Outboxes => [.. _lanes.SelectMany(l => l.Outboxes.Values)];

    private int Connections => _lanes.Sum(l => l.Outboxes.Count);

    public IReadOnlyList<Task> Start() => [.. _lanes.Select(lane => lane.Pump.Start(() => lane.Outboxes.Values, () => Connections))];

    public void Complete()
    {
        foreach (var lane in _lanes)
        {
            lane.Pump.Complete();
        }
    }

    /// <summary>Called under the subscription's gate, so the smallest group stays the smallest until the add.</summary>
    public void Add(HubConnectionContext connection, bool viewer)
    {
        Remove(connection.ConnectionId);
        var lane = viewer ? _viewers.MinBy(l => l.Outboxes.Count)! : _editors;
        lane.Outboxes[connection.ConnectionId] = new ConnectionOutbox(connection, _maxQueuedRounds, SnapshotMessageAsync, _tally, _logger);
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
