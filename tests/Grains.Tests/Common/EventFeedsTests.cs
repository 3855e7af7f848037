using CommunityPlanning.Common;

namespace CommunityPlanning.Tests.Common;

public sealed class EventFeedsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A web server that holds each batch until released; batches are awaited, never polled.</summary>
    private sealed class SlowServer
    {
        private readonly System.Threading.Channels.Channel<IReadOnlyList<int>> _batches =
            System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<int>>();

        public TaskCompletionSource Release { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task Receive(IReadOnlyList<int> batch)
        {
            _batches.Writer.TryWrite(batch);
            await Release.Task;
        }

        public async Task<IReadOnlyList<int>> NextBatch() =>
            await _batches.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));

        public bool HasBatch => _batches.Reader.Count > 0;
    }

    [Fact]
    public async Task Events_published_while_a_batch_is_on_its_way_travel_together_in_order()
    {
        var server = new SlowServer();
        var feeds = new EventFeeds<SlowServer, int>((s, batch) => s.Receive(batch));
        feeds.Renew("web-a", server, Now.AddMinutes(1));

        feeds.Publish(1);
        for (var i = 2; i <= 100; i++)
        {
            feeds.Publish(i);
        }

        Assert.Equal([1], await server.NextBatch());
        Assert.False(server.HasBatch); // nothing else leaves while the first batch is on its way
        var first = server.Release;
        server.Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        first.SetResult();

        Assert.Equal(Enumerable.Range(2, 99), await server.NextBatch());
    }

    [Fact]
    public void A_failing_server_does_not_stop_its_feed_or_the_others()
    {
        var calls = new List<(string Server, IReadOnlyList<int> Batch)>();
        var feeds = new EventFeeds<string, int>((server, batch) =>
        {
            calls.Add((server, batch));
            return server == "broken" ? Task.FromException(new TimeoutException()) : Task.CompletedTask;
        });
        feeds.Renew("broken", "broken", Now.AddMinutes(1));
        feeds.Renew("fine", "fine", Now.AddMinutes(1));

        feeds.Publish(1);
        feeds.Publish(2);

        Assert.Equal(4, calls.Count);
        Assert.Equal([1, 2], calls.Where(c => c.Server == "fine").SelectMany(c => c.Batch));
        Assert.Equal([1, 2], calls.Where(c => c.Server == "broken").SelectMany(c => c.Batch));
    }

    [Fact]
    public void A_server_whose_lease_ran_out_hears_nothing_more()
    {
        var calls = new List<string>();
        var feeds = new EventFeeds<string, int>((server, _) => { calls.Add(server); return Task.CompletedTask; });
        feeds.Renew("stale", "stale", Now.AddSeconds(10));
        feeds.Renew("renewed", "renewed", Now.AddSeconds(10));
        feeds.Renew("renewed", "renewed", Now.AddSeconds(90));

        feeds.RemoveExpired(Now.AddSeconds(60));
        feeds.Publish(1);

        Assert.Equal(["renewed"], calls);
    }

    [Fact]
    public async Task A_server_that_falls_too_far_behind_loses_its_backlog_not_the_newest_events()
    {
        var server = new SlowServer();
        var feeds = new EventFeeds<SlowServer, int>((s, batch) => s.Receive(batch));
        feeds.Renew("web-a", server, Now.AddMinutes(1));

        feeds.Publish(0);
        for (var i = 1; i <= EventFeeds<SlowServer, int>.MaxBacklog + 5; i++)
        {
            feeds.Publish(i);
        }

        Assert.Equal([0], await server.NextBatch());
        server.Release.SetResult();

        var sent = await server.NextBatch();
        Assert.True(sent.Count <= EventFeeds<SlowServer, int>.MaxBacklog);
        Assert.Equal(EventFeeds<SlowServer, int>.MaxBacklog + 5, sent[^1]);
        Assert.Equal(Enumerable.Range(sent[0], sent.Count), sent);
    }
}
