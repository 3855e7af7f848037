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
/// serves one lane, editors or <paramref name="viewers"/>; each round is serialized once for it
/// (<see cref="RelayRound"/>) and offered to every connection's outbox.
/// </summary>
public sealed class RelayPump(TimeSpan maxInterval, bool viewers, ILogger logger)
{
    public static readonly TimeSpan PerConnection = TimeSpan.FromMicroseconds(50);

    /// <summary>The most events in one round (a bound on one message's size).</summary>
    public const int MaxRound = 4096;

    private readonly Channel<DocumentEvent> _events = Channel.CreateUnbounded<DocumentEvent>(new() { SingleReader = true });
    private readonly Dictionary<Guid, long> _relayed = [];
    private readonly List<(Guid Section, long Revision, TaskCompletionSource Done)> _waiting = [];

    public TimeSpan Interval(int connections) => TimeSpan.FromTicks(Math.Min(maxInterval.Ticks, PerConnection.Ticks * connections));

    /// <param name="outboxes">The connections this pump serves.</param>
    /// <param name="connections">How many connections the document has on this server (all pumps: the fan-out that costs).</param>
    public void Start(Func<ICollection<ConnectionOutbox>> outboxes, Func<int> connections) => _ = Task.Run(() => RunAsync(outboxes, connections));

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
            if (_relayed.GetValueOrDefault(sectionId) >= revision)
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
        var last = 0L;
        while (await _events.Reader.WaitToReadAsync())
        {
            var wait = Interval(connections()) - Stopwatch.GetElapsedTime(last);
            if (wait >= TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            last = Stopwatch.GetTimestamp();
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
            }
            catch (Exception ex)
            {
                // A fault in mapping must not stop the relay for good; the clients see a gap and fetch it.
                logger.LogError(ex, "Relaying a round of {Count} document events failed", round.Count);
            }

            Relayed(round);
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
