using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The meeting's event stream (<see cref="IMeetingFeedGrain"/>). After a restart the numbers jump past the last
/// reservation; clients see the gap, as after any lost event, and fetch a snapshot.
/// </summary>
public sealed class MeetingFeedGrain(
    [PersistentState("feed", GrainStorage.Name)] IPersistentState<MeetingFeedState> state,
    TimeProvider time) : Grain, IMeetingFeedGrain
{
    public const long Block = 1_000_000;

    private readonly EventFeeds<IMeetingObserver, MeetingEvent> _feeds = new((observer, events) => observer.OnEvents(events));
    private long _seq;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(() =>
        {
            _feeds.RemoveExpired(time.GetUtcNow());
            return Task.CompletedTask;
        }, ObserverLease.RenewEvery, ObserverLease.RenewEvery);
        await Reserve(state.State.Reserved);
    }

    public async Task<long> Publish(IReadOnlyList<MeetingEvent> events)
    {
        if (events.Count == 0)
        {
            return _seq;
        }

        if (_seq + events.Count > state.State.Reserved)
        {
            await Reserve(_seq);
        }

        var numbered = new List<MeetingEvent>(events.Count);
        foreach (var e in events)
        {
            numbered.Add(e with { Seq = ++_seq });
        }

        _feeds.Publish(numbered);
        return _seq;
    }

    public Task<long> Seq() => Task.FromResult(_seq);

    public async Task ContinueAfter(long seq)
    {
        if (seq > _seq)
        {
            await Reserve(seq);
        }
    }

    public Task Subscribe(string webServerId, IMeetingObserver observer)
    {
        _feeds.Renew(webServerId, observer, time.GetUtcNow() + ObserverLease.Duration);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IReadOnlyList<string> webServerIds)
    {
        foreach (var server in webServerIds)
        {
            _feeds.Remove(server);
        }

        return Task.CompletedTask;
    }

    /// <summary>Numbering goes on from <paramref name="from"/>, with a block reserved above it (written before any number is used).</summary>
    private async Task Reserve(long from)
    {
        state.State.Reserved = from + Block;
        await state.WriteStateAsync();
        _seq = from;
    }
}
