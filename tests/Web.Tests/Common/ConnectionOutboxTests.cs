using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommunityPlanning.Web.Tests.Common;

/// <summary>One connection's outbox against a client that reads only when the test says so.</summary>
public sealed class ConnectionOutboxTests
{
    private const int Bound = 4;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly SlowClient _client = new();
    private readonly SerializedHubMessage _snapshot = Message("snapshot");
    private readonly RelayKindTally _tally = new RelayTally().Documents;
    private int _snapshotsTaken;

    private ConnectionOutbox Outbox(Func<Task<SerializedHubMessage>>? snapshot = null) =>
        new(_client, Bound, snapshot ?? (() =>
        {
            Interlocked.Increment(ref _snapshotsTaken);
            return Task.FromResult(_snapshot);
        }), _tally, NullLogger.Instance);

    [Fact]
    public async Task Rounds_up_to_the_bound_wait_for_a_client_that_does_not_read_and_all_follow_in_order()
    {
        var outbox = Outbox();
        var rounds = Rounds(1 + Bound); // the first one's write is under way, the others queue

        rounds.ForEach(r => outbox.Offer([r]));
        Assert.Equal(Bound, outbox.MostQueued);
        Assert.Equal(Bound, _tally.Queued); // what the metrics report as waiting
        _client.Read();

        await Eventually.TrueAsync(() => _client.Written.Count == rounds.Count, Timeout);
        Assert.Equal(rounds, _client.Written);
        Assert.Equal((0, 0), (outbox.Dropped, _snapshotsTaken));
        Assert.Equal((0L, 0L, 0L), (_tally.Queued, _tally.Dropped, _tally.CatchUps));
    }

    [Fact]
    public async Task Past_the_bound_the_queue_is_dropped_and_the_client_gets_a_snapshot_once_it_reads_then_later_rounds()
    {
        var outbox = Outbox();
        var rounds = Rounds(40);

        foreach (var round in rounds[..30])
        {
            outbox.Offer([round]);
            Assert.InRange(outbox.MostQueued, 0, Bound); // never more held for it than the bound
        }

        Assert.Equal(1, outbox.Dropped);
        Assert.Equal((0L, 1L), (_tally.Queued, _tally.Dropped));
        Assert.Equal(0, _snapshotsTaken); // taken only when it reads again, so it holds everything published till then
        Assert.Equal([rounds[0]], _client.Written);

        _client.Read();
        await Eventually.TrueAsync(() => _client.Written.Count == 2, Timeout);
        rounds[30..].ForEach(r => outbox.Offer([r]));

        await Eventually.TrueAsync(() => _client.Written.Count == 12, Timeout);
        Assert.Equal([rounds[0], _snapshot, .. rounds[30..]], _client.Written);
        Assert.Equal(1, _snapshotsTaken);
        Assert.Equal((0L, 1L, 1L), (_tally.Queued, _tally.Dropped, _tally.CatchUps));
    }

    [Fact]
    public async Task Rounds_offered_while_the_snapshot_is_being_taken_come_after_it()
    {
        var taken = new TaskCompletionSource<SerializedHubMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var outbox = Outbox(() =>
        {
            asked.TrySetResult();
            return taken.Task;
        });
        var rounds = Rounds(1 + Bound + 1 + 3);
        rounds[..(1 + Bound + 1)].ForEach(r => outbox.Offer([r])); // the last one overflows

        _client.Read();
        await asked.Task.WaitAsync(Timeout);
        rounds[^3..].ForEach(r => outbox.Offer([r]));
        taken.SetResult(_snapshot);

        await Eventually.TrueAsync(() => _client.Written.Count == 5, Timeout);
        Assert.Equal([rounds[0], _snapshot, .. rounds[^3..]], _client.Written);
    }

    [Fact]
    public async Task An_action_offered_with_a_round_runs_once_the_round_is_written_or_at_once_when_the_round_is_dropped()
    {
        var outbox = Outbox();
        var rounds = Rounds(1 + Bound + 2);
        var done = new List<int>();
        void Offer(int i) => outbox.Offer([rounds[i]], () => { lock (done) { done.Add(i); } });
        List<int> Done() { lock (done) { return [.. done]; } }

        Offer(0); // being written: the client does not read
        Offer(1);
        Assert.Empty(Done());

        _client.Read();
        await Eventually.TrueAsync(() => Done().Count == 2, Timeout);
        Assert.Equal([0, 1], Done());

        // A client that reads again and then stops: a round past the bound drops the queue, and with it
        // the actions waiting in it (a removed person is closed at once rather than after the backlog).
        var stuck = new SlowClient();
        var behind = new ConnectionOutbox(stuck, Bound, () => Task.FromResult(_snapshot), new RelayTally().Documents, NullLogger.Instance);
        var ran = 0;
        foreach (var round in rounds)
        {
            behind.Offer([round], () => Interlocked.Increment(ref ran));
        }

        Assert.Equal(1, behind.Dropped);
        // The queued ones, the overflowing one and the one offered after it (the catch-up covers it); the one
        // being written waits for its write.
        Assert.Equal(Bound + 2, Volatile.Read(ref ran));
        behind.Offer([rounds[0]], () => Interlocked.Increment(ref ran));
        Assert.Equal(Bound + 3, Volatile.Read(ref ran));
        stuck.Read();
        await Eventually.TrueAsync(() => Volatile.Read(ref ran) == rounds.Count + 1, Timeout);
        // The round being written ran its action before the catch-up is written after it.
        await Eventually.TrueAsync(() => stuck.Written.Count == 2, Timeout);
        Assert.Equal([rounds[0], _snapshot], stuck.Written);
    }

    private static SerializedHubMessage Message(string text) => new(new InvocationMessage("textChanges", [text]));

    private static List<SerializedHubMessage> Rounds(int count) => [.. Enumerable.Range(1, count).Select(i => Message($"round {i}"))];

    /// <summary>A connection whose writes wait, as SignalR's do when its buffer is full, until the client reads.</summary>
    private sealed class SlowClient() : HubConnectionContext(new DefaultConnectionContext("slow-client"), new HubConnectionContextOptions(), NullLoggerFactory.Instance)
    {
        private readonly Lock _gate = new();
        private readonly List<SerializedHubMessage> _written = [];
        private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The messages in the order they were handed to the connection (the first may still be waiting).</summary>
        public List<SerializedHubMessage> Written { get { lock (_gate) { return [.. _written]; } } }

        public void Read() => _reading.TrySetResult();

        public override async ValueTask WriteAsync(SerializedHubMessage message, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                _written.Add(message);
            }

            await _reading.Task;
        }
    }
}
