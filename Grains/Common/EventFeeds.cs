namespace CommunityPlanning.Common;

/// <summary>
/// A grain's subscribed web servers, each with a lease and an outgoing feed of the grain's events.
/// Orleans does not order separate messages, so each server gets one batch at a time and the next batch
/// leaves only when the last one was received: order is kept, and whatever is published while a batch is
/// on its way travels together in the next one (fewer, larger messages under load). A server that stops
/// renewing is forgotten when its lease runs out; a server that falls <see cref="MaxBacklog"/> events
/// behind loses its backlog, and its clients, seeing the gap in the numbering, fetch a snapshot.
/// Used from the grain's own context only (single-threaded).
/// </summary>
public sealed class EventFeeds<TObserver, TEvent>(Func<TObserver, IReadOnlyList<TEvent>, Task> send)
    where TObserver : class
{
    public const int MaxBacklog = 10_000;

    private readonly Dictionary<string, Feed> _feeds = new(StringComparer.Ordinal);

    public void Renew(string server, TObserver observer, DateTimeOffset until)
    {
        if (_feeds.TryGetValue(server, out var feed))
        {
            feed.Observer = observer;
            feed.Until = until > feed.Until ? until : feed.Until;
        }
        else
        {
            _feeds.Add(server, new Feed(server, observer, until));
        }
    }

    public void Remove(string server) => _feeds.Remove(server);

    /// <summary>Forgets the servers whose lease ran out.</summary>
    public void RemoveExpired(DateTimeOffset now)
    {
        foreach (var server in _feeds.Where(f => f.Value.Until <= now).Select(f => f.Key).ToList())
        {
            _feeds.Remove(server);
        }
    }

    public void Publish(TEvent e) => Publish([e]);

    public void Publish(IReadOnlyList<TEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        foreach (var feed in _feeds.Values)
        {
            feed.Add(events);
            if (!feed.Sending)
            {
                feed.Sending = true;
                _ = SendAllAsync(feed);
            }
        }
    }

    private async Task SendAllAsync(Feed feed)
    {
        // A server that unsubscribed (or lapsed) meanwhile is sent nothing more.
        while (_feeds.TryGetValue(feed.Server, out var current) && current == feed && feed.TakeBatch() is { } batch)
        {
            try
            {
                await send(feed.Observer, batch);
            }
            catch (Exception)
            {
                // The server is gone or timed out: its lease lapses, or it renews and its clients notice
                // the gap in the numbering and resynchronise. Nothing here can do better than go on.
            }
        }

        feed.Sending = false;
    }

    private sealed class Feed(string server, TObserver observer, DateTimeOffset until)
    {
        private List<TEvent> _backlog = [];

        public string Server { get; } = server;
        public TObserver Observer { get; set; } = observer;
        public DateTimeOffset Until { get; set; } = until;
        public bool Sending { get; set; }

        public void Add(IReadOnlyList<TEvent> events)
        {
            if (_backlog.Count + events.Count > MaxBacklog)
            {
                _backlog.Clear();
            }

            _backlog.AddRange(events);
        }

        public List<TEvent>? TakeBatch()
        {
            if (_backlog.Count == 0)
            {
                return null;
            }

            var batch = _backlog;
            _backlog = [];
            return batch;
        }
    }
}
