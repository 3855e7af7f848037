using System.Threading.Channels;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommunityPlanning.Web.Tests.Common;

/// <summary>
/// The relays' shared lifetime: a grain's subscription is counted by the connections holding it and removed, loops
/// and all, with the last; a connection that comes while it is being removed gets a new one, subscribed only after
/// the grain has let go of the old one. The grain's side is the test's, so every step can be held where it matters.
/// </summary>
public sealed class RelayTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_subscription_is_taken_once_for_all_its_connections_and_removed_with_the_last()
    {
        var relay = new TestRelay(app.Host.Grains);
        var id = Guid.NewGuid();

        await relay.HoldAsync(id, "a");
        await relay.HoldAsync(id, "b");
        Assert.Equal(new RelayCounts(1, 1, 1), relay.Counts);
        await relay.LeaveAsync(id, "a");
        Assert.Equal(new RelayCounts(1, 1, 1), relay.Counts);
        await relay.LeaveAsync(id, "a"); // twice: it holds no longer, so it changes nothing
        Assert.Equal(new RelayCounts(1, 1, 1), relay.Counts);
        await relay.LeaveAsync(id, "b");

        Assert.Equal(new RelayCounts(0, 0, 0), relay.Counts);
        Assert.Equal(["subscribe", "unsubscribe", "unsubscribed"], relay.Calls);
        Assert.Single(relay.FanOuts);
        Assert.True(relay.FanOuts[0].Completed);
    }

    [Fact]
    public async Task A_connection_whose_join_fails_lets_go_and_the_last_one_removes_the_subscription()
    {
        var relay = new TestRelay(app.Host.Grains);
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.HoldAsync(id, "a", fail: true));

        Assert.Equal(new RelayCounts(0, 0, 0), relay.Counts);
        Assert.Equal(["subscribe", "unsubscribe", "unsubscribed"], relay.Calls);
    }

    [Fact]
    public async Task A_join_while_the_last_leave_is_being_torn_down_gets_a_new_working_subscription_after_the_old_is_unsubscribed()
    {
        var relay = new TestRelay(app.Host.Grains);
        var id = Guid.NewGuid();
        await relay.HoldAsync(id, "leaving");
        var old = relay.FanOuts.Single();
        var unsubscribing = relay.HoldUnsubscribe();

        var leave = relay.LeaveAsync(id, "leaving");
        await unsubscribing.Reached.Task.WaitAsync(Timeout); // the grain is being told, under the subscription's gate
        var join = relay.HoldAsync(id, "joining");
        // A join that went ahead of the teardown would subscribe before "unsubscribed" (the order is checked below).

        unsubscribing.Go.SetResult();
        await leave.WaitAsync(Timeout);
        await join.WaitAsync(Timeout);

        Assert.Equal(["subscribe", "unsubscribe", "unsubscribed", "subscribe"], relay.Calls);
        Assert.True(old.Completed);
        var fresh = Assert.Single(relay.FanOuts, f => !f.Completed);
        Assert.NotSame(old, fresh);
        Assert.Equal(new RelayCounts(1, 1, 1), relay.Counts);
        Assert.Same(fresh, relay.FanOut(id));
        Assert.Equal(["joining"], fresh.Joined);

        // It works: what the grain sends through the reference it was given reaches the new loop.
        await relay.References[^1].OnEvents([new AudienceChanged(id, 1, 7)]);
        Assert.Equal(7, (await fresh.Received.Reader.ReadAsync().AsTask().WaitAsync(Timeout)) is AudienceChanged a ? a.Watching : -1);
    }

    [Fact]
    public async Task Renewal_skips_a_subscription_that_ended_and_a_failed_subscribe_leaves_nothing_behind()
    {
        var relay = new TestRelay(app.Host.Grains) { FailSubscribe = true };
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<InvalidOperationException>(() => relay.HoldAsync(id, "a"));

        Assert.Equal(new RelayCounts(0, 0, 0), relay.Counts);
        relay.FailSubscribe = false;
        await relay.HoldAsync(id, "a"); // a later connection tries again
        Assert.Equal(new RelayCounts(1, 1, 1), relay.Counts);
    }

    /// <summary>A relay whose grain is the test: it records the calls and can hold an unsubscription.</summary>
    private sealed class TestRelay(IGrainFactory grains) : Relay<IMeetingObserver, TestFanOut>(grains, NullLogger.Instance)
    {
        private (TaskCompletionSource Reached, TaskCompletionSource Go)? _held;

        protected override TimeSpan ReferenceGrace => TimeSpan.Zero;

        public List<string> Calls { get; } = [];
        public List<TestFanOut> FanOuts { get; } = [];
        public List<IMeetingObserver> References { get; } = [];
        public bool FailSubscribe { get; set; }

        public (TaskCompletionSource Reached, TaskCompletionSource Go) HoldUnsubscribe() =>
            (_held = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously))).Value;

        public Task HoldAsync(Guid id, string connectionId, bool fail = false) => HoldAsync(id, connectionId, fanOut =>
        {
            fanOut.Joined.Add(connectionId);
            return fail ? throw new InvalidOperationException("the grain refused") : Task.FromResult(true);
        });

        public Task LeaveAsync(Guid id, string connectionId) => LetGoAsync(id, connectionId);

        public TestFanOut? FanOut(Guid id) => Find(id);

        protected override TestFanOut NewFanOut(Guid id)
        {
            var fanOut = new TestFanOut();
            lock (FanOuts)
            {
                FanOuts.Add(fanOut);
            }

            return fanOut;
        }

        protected override Task Subscribe(Guid id, IMeetingObserver reference, TestFanOut fanOut)
        {
            Calls.Add("subscribe");
            References.Add(reference);
            return FailSubscribe ? throw new InvalidOperationException("the grain is away") : Task.CompletedTask;
        }

        protected override async Task Unsubscribe(Guid id)
        {
            Calls.Add("unsubscribe");
            if (_held is { } held)
            {
                _held = null;
                held.Reached.SetResult();
                await held.Go.Task;
            }

            Calls.Add("unsubscribed");
        }
    }

    /// <summary>A fan-out with one loop that keeps what it is sent.</summary>
    private sealed class TestFanOut : IMeetingObserver, IRelayFanOut
    {
        private readonly Channel<MeetingEvent> _events = Channel.CreateUnbounded<MeetingEvent>();

        public List<string> Joined { get; } = [];
        public Channel<MeetingEvent> Received { get; } = Channel.CreateUnbounded<MeetingEvent>();
        public bool Completed { get; private set; }

        public IReadOnlyList<Task> Start() => [Task.Run(async () =>
        {
            await foreach (var e in _events.Reader.ReadAllAsync())
            {
                Received.Writer.TryWrite(e);
            }
        })];

        public bool Remove(string connectionId) => Joined.Remove(connectionId);

        public void Complete()
        {
            Completed = true;
            _events.Writer.TryComplete();
        }

        public Task OnEvents(IReadOnlyList<MeetingEvent> events)
        {
            events.ToList().ForEach(e => _events.Writer.TryWrite(e));
            return Task.CompletedTask;
        }
    }
}
