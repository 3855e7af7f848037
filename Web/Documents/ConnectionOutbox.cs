using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// One connection's end of a document relay: the messages of each relay round are written to it in order, one
/// round after the other. A write waits only when SignalR's buffer for the connection is full, i.e. the client
/// is not reading; rounds offered meanwhile queue here, up to <paramref name="maxQueuedRounds"/>
/// (<see cref="RelaySettings.MaxQueuedRounds"/>). A client further
/// behind than that loses its queue and, once it reads again, gets the document's snapshot instead of the
/// backlog (later rounds carry on from there; the client fetches any gap by revision). Other connections never
/// wait for this one. Memory per connection: at most that many rounds, whose messages are shared by all.
/// </summary>
public sealed class ConnectionOutbox(
    HubConnectionContext connection, bool viewer, int maxQueuedRounds, Func<Task<SerializedHubMessage>> snapshot, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Queue<IReadOnlyList<SerializedHubMessage>> _queue = new();
    private bool _writing;
    private bool _behind;
    private int _mostQueued;
    private int _dropped;

    /// <summary>Gets composed changes instead of every edit (it cannot edit).</summary>
    public bool Viewer => viewer;

    internal string ConnectionId => connection.ConnectionId;

    /// <summary>The most rounds that ever waited here at once: never more than the bound.</summary>
    internal int MostQueued { get { lock (_gate) { return _mostQueued; } } }

    /// <summary>How often the client fell so far behind that its queue was dropped for a snapshot.</summary>
    internal int Dropped { get { lock (_gate) { return _dropped; } } }

    public void Offer(IReadOnlyList<SerializedHubMessage> round)
    {
        if (round.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_behind)
            {
                return; // the snapshot to come covers it
            }

            if (_queue.Count >= maxQueuedRounds)
            {
                _queue.Clear();
                _behind = true;
                _dropped++;
            }
            else
            {
                _queue.Enqueue(round);
                _mostQueued = Math.Max(_mostQueued, _queue.Count);
            }

            if (_writing)
            {
                return;
            }

            _writing = true;
        }

        _ = WriteAllAsync();
    }

    private async Task WriteAllAsync()
    {
        while (true)
        {
            IReadOnlyList<SerializedHubMessage>? round = null;
            lock (_gate)
            {
                if (!_queue.TryDequeue(out round))
                {
                    if (!_behind)
                    {
                        _writing = false;
                        return;
                    }

                    // Taken after every dropped round was published, so it holds them all; rounds offered from
                    // now on queue again (edits the snapshot already has are ignored by the client).
                    _behind = false;
                }
            }

            try
            {
                foreach (var message in round ?? [await snapshot()])
                {
                    await connection.WriteAsync(message);
                }
            }
            catch (Exception e)
            {
                // The connection is going away; the hub's disconnect closes this outbox.
                logger.LogDebug(e, "Writing to connection {ConnectionId} failed", connection.ConnectionId);
            }
        }
    }
}
