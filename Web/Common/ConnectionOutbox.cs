using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// One connection's end of a relay (a document's or a meeting's): the messages of each round are written to it in
/// order, one round after the other. A write waits only when SignalR's buffer for the connection is full, i.e. the
/// client is not reading; rounds offered meanwhile queue here, up to <paramref name="maxQueuedRounds"/>
/// (<c>Relay:MaxQueuedRounds</c>). A client further behind than that loses its queue and, once it reads again, gets
/// one catch-up message instead of the backlog (a document's snapshot, a meeting's <c>meetingResync</c>); later
/// rounds carry on from there. Other connections never wait for this one. Memory per connection: at most that many
/// rounds, whose messages are shared by all. The <paramref name="tally"/> counts the rounds waiting, the queues dropped
/// and the catch-ups sent, for the metrics.
/// </summary>
public sealed class ConnectionOutbox(
    HubConnectionContext connection, int maxQueuedRounds, Func<Task<SerializedHubMessage>> catchUp, RelayKindTally tally, ILogger logger)
{
    private readonly Lock _gate = new();
    private readonly Queue<(IReadOnlyList<SerializedHubMessage> Round, Action? Then)> _queue = new();
    private bool _writing;
    private bool _behind;
    private int _mostQueued;
    private int _dropped;

    internal string ConnectionId => connection.ConnectionId;

    /// <summary>An event as a hub message, serialized once per protocol however many connections it is offered to.</summary>
    public static SerializedHubMessage Serialize(string method, object payload) => new(new InvocationMessage(method, [payload]));

    /// <summary>The most rounds that ever waited here at once: never more than the bound.</summary>
    internal int MostQueued { get { lock (_gate) { return _mostQueued; } } }

    /// <summary>How often the client fell so far behind that its queue was dropped for a catch-up message.</summary>
    internal int Dropped { get { lock (_gate) { return _dropped; } } }

    /// <param name="then">Runs once the round is written (or dropped with the queue, or the write failed).</param>
    public void Offer(IReadOnlyList<SerializedHubMessage> round, Action? then = null)
    {
        if (round.Count == 0 && then is null)
        {
            return;
        }

        List<Action>? dropped = null; // rare: only when a round is dropped with an action
        var start = false;
        lock (_gate)
        {
            if (_behind)
            {
                Add(ref dropped, then); // the catch-up to come covers it
            }
            else if (_queue.Count >= maxQueuedRounds)
            {
                foreach (var queued in _queue)
                {
                    Add(ref dropped, queued.Then);
                }

                Add(ref dropped, then);
                tally.Queue(-_queue.Count);
                tally.Drop();
                _queue.Clear();
                _behind = true;
                _dropped++;
            }
            else
            {
                _queue.Enqueue((round, then));
                tally.Queue(1);
                _mostQueued = Math.Max(_mostQueued, _queue.Count);
            }

            if (!_writing && (_queue.Count > 0 || _behind))
            {
                _writing = start = true;
            }
        }

        dropped?.ForEach(action => action());
        if (start)
        {
            _ = WriteAllAsync();
        }
    }

    private static void Add(ref List<Action>? actions, Action? action)
    {
        if (action is not null)
        {
            (actions ??= []).Add(action);
        }
    }

    private Task<SerializedHubMessage> CatchUpAsync()
    {
        tally.CatchUp();
        return catchUp();
    }

    private async Task WriteAllAsync()
    {
        while (true)
        {
            (IReadOnlyList<SerializedHubMessage> Round, Action? Then)? next = null;
            lock (_gate)
            {
                if (_queue.TryDequeue(out var queued))
                {
                    next = queued;
                    tally.Queue(-1);
                }
                else if (!_behind)
                {
                    _writing = false;
                    return;
                }
                else
                {
                    // Taken after every dropped round was published, so it holds them all; rounds offered from
                    // now on queue again (what the catch-up already holds is ignored by the client).
                    _behind = false;
                }
            }

            try
            {
                var messages = next?.Round ?? [await CatchUpAsync()];
                for (var i = 0; i < messages.Count; i++) // an index, not an enumerator: this runs for every round and connection
                {
                    await connection.WriteAsync(messages[i]);
                }
            }
            catch (Exception e)
            {
                // The connection is going away; the hub's disconnect closes this outbox.
                logger.LogDebug(e, "Writing to connection {ConnectionId} failed", connection.ConnectionId);
            }

            next?.Then?.Invoke();
        }
    }
}
