using System.Diagnostics;
using System.Threading.Channels;
using CommunityPlanning.Documents;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace CommunityPlanning.Web.Documents;

/// <summary>
/// Sends one document's events to its local connections in rounds, in the order the grain sent them. The first
/// event after a quiet spell leaves at once; while the document is busy a round leaves at most every
/// <see cref="Interval"/> with everything published meanwhile, so the messages per connection and second stay
/// bounded however fast people type. The interval grows with the connections (the fan-out is what costs), so a
/// small meeting is not slowed down: <see cref="PerConnection"/> per connection, at most the lane's maximum. A pump
/// serves one lane, editors or <paramref name="viewers"/>, or one of a lane's <paramref name="phases"/> groups; each
/// round is serialized once for it (<see cref="RelayRound"/>) and offered to every connection's outbox.
/// The groups of a lane take turns (<see cref="NextRound"/>): a thousand viewers in eight groups are eight rounds of
/// 125 sends spread over the interval, not one burst of a thousand, which kept every other piece of work (the next
/// keystroke, its write, the editors' round) queued behind it and made the last viewer wait for the whole burst.
/// </summary>
public sealed class RelayPump(TimeSpan maxInterval, bool viewers, RelayKindTally tally, ILogger logger, int phase = 0, int phases = 1)
{
    public static readonly TimeSpan PerConnection = TimeSpan.FromMicroseconds(50);

    /// <summary>The most events in one round (a bound on one message's size).</summary>
    public const int MaxRound = 4096;

    private readonly Channel<DocumentEvent> _events = Channel.CreateUnbounded<DocumentEvent>(new() { SingleReader = true });
    private readonly Dictionary<Guid, long> _relayed = [];
    private readonly List<(Guid Section, long Revision, TaskCompletionSource Done)> _waiting = [];
    private bool _ended;

    public TimeSpan Interval(int connections) => TimeSpan.FromTicks(Math.Min(maxInterval.Ticks, PerConnection.Ticks * connections));

    /// <summary>
    /// When the next round may leave, on the monotonic clock: <paramref name="interval"/> after the last one, and
    /// for a lane split into groups on this group's place in the cycle (group <c>phase</c> of <c>phases</c> leaves
    /// at <c>n · interval + phase · interval / phases</c>), so the groups stay apart. A group that has been quiet
    /// for a whole interval leaves at once.
    /// </summary>
    public static TimeSpan NextRound(TimeSpan last, TimeSpan interval, TimeSpan now, int phase, int phases)
    {
        var due = last + interval;
        if (phases == 1 || due <= now || interval <= TimeSpan.Zero)
        {
            return due;
        }

        // The first point of the group's grid not before one slot short of the interval: a round that left a
        // little late (timers, a busy pool) does not push the next one off the grid.
        var slot = interval / phases;
        var offset = slot * phase;
        var earliest = due - slot - offset;
        var cycles = (earliest.Ticks + interval.Ticks - 1) / interval.Ticks;
        return TimeSpan.FromTicks(cycles * interval.Ticks) + offset;
    }

    /// <param name="outboxes">The connections this pump serves.</param>
    /// <param name="connections">How many connections the document has on this server (all pumps: the fan-out that costs).</param>
    /// <returns>The pump's loop, which ends after <see cref="Complete"/>.</returns>
    public Task Start(Func<ICollection<ConnectionOutbox>> outboxes, Func<int> connections) => Task.Run(() => RunAsync(outboxes, connections));

    /// <summary>Takes no more events; the loop sends what is queued and ends, and nobody waits for a revision any more.</summary>
    public void Complete() => _events.Writer.TryComplete();

    public void Enqueue(IReadOnlyList<DocumentEvent> events)
    {
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }
    }

    /// <summary>Completes once the round holding the section's revision has been offered to every connection.</summary>
    public Task RelayedAsync(Guid sectionId, long revision)
    {
        lock (_waiting)
        {
            if (_ended || _relayed.GetValueOrDefault(sectionId) >= revision)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((sectionId, revision, done));
            return done.Task;
        }
    }

    private async Task RunAsync(Func<ICollection<ConnectionOutbox>> outboxes, Func<int> connections)
    {
        var round = new List<DocumentEvent>();
        var last = TimeSpan.MinValue / 2;
        while (await _events.Reader.WaitToReadAsync())
        {
            var now = Stopwatch.GetElapsedTime(0);
            var wait = NextRound(last, Interval(connections()), now, phase, phases) - now;
            if (wait >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            last = Stopwatch.GetElapsedTime(0);
            round.Clear();
            while (round.Count < MaxRound && _events.Reader.TryRead(out var e))
            {
                round.Add(e);
            }

            try
            {
                IReadOnlyList<SerializedHubMessage>? messages = null;
                foreach (var outbox in outboxes())
                {
                    outbox.Offer(messages ??= Serialized(round, viewers));
                }

                tally.Round();
            }
            catch (Exception ex)
            {
                // A fault in mapping must not stop the relay for good; the clients see a gap and fetch it.
                logger.LogError(ex, "Relaying a round of {Count} document events failed", round.Count);
            }

            Relayed(round);
        }

        lock (_waiting)
        {
            _ended = true;
            _waiting.ForEach(w => w.Done.TrySetResult());
            _waiting.Clear();
        }
    }

    private static SerializedHubMessage[] Serialized(List<DocumentEvent> round, bool viewer) =>
        [.. RelayRound.Messages(round, viewer).Select(m => ConnectionOutbox.Serialize(m.Method, m.Payload))];

    private void Relayed(List<DocumentEvent> round)
    {
        lock (_waiting)
        {
            foreach (var e in round)
            {
                if (e is TextEdited { Edit: var edit })
                {
                    _relayed[edit.SectionId] = Math.Max(_relayed.GetValueOrDefault(edit.SectionId), edit.Revision);
                }
            }

            _waiting.RemoveAll(w =>
            {
                var relayed = _relayed.GetValueOrDefault(w.Section) >= w.Revision;
                if (relayed)
                {
                    w.Done.SetResult();
                }

                return relayed;
            });
        }
    }
}
