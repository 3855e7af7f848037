using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Common;

/// <summary>One message to a group and the events it carries (no method: nothing to send for them).</summary>
public sealed record GroupMessage<TEvent>(string? Method, object? Payload, IReadOnlyList<TEvent> Events);

/// <summary>
/// Sends a grain's events to one local SignalR group strictly one after another, in the order the grain sent
/// them (a meeting's events). Whatever is queued while a send is on its way goes out next, and <c>toMessages</c>
/// may fold several events into one message. Documents have their own relay (<c>RelayPump</c>), which writes to
/// each connection on its own so that one stalled browser cannot hold up the others. The grain waits only for the enqueue, never for SignalR.
/// </summary>
public sealed class OrderedGroupSender<TEvent>
{
    /// <summary>The most events taken for one round of messages.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<TEvent> _events = Channel.CreateUnbounded<TEvent>(new() { SingleReader = true });

    /// <param name="sent">Called after each event has been handed to SignalR (or failed to be).</param>
    public OrderedGroupSender(IClientProxy group, Func<IReadOnlyList<TEvent>, IEnumerable<GroupMessage<TEvent>>> toMessages, ILogger logger,
        Action<TEvent>? sent = null)
    {
        _ = Task.Run(async () =>
        {
            var batch = new List<TEvent>(MaxBatch);
            while (await _events.Reader.WaitToReadAsync())
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _events.Reader.TryRead(out var e))
                {
                    batch.Add(e);
                }

                try
                {
                    foreach (var message in toMessages(batch))
                    {
                        if (message.Method is { } method)
                        {
                            try
                            {
                                await group.SendAsync(method, message.Payload);
                            }
                            catch (Exception ex)
                            {
                                logger.LogWarning(ex, "Relaying {Method} failed", method);
                            }
                        }

                        foreach (var e in message.Events)
                        {
                            sent?.Invoke(e);
                        }
                    }
                }
                catch (Exception ex)
                {
                    // A fault in mapping must not stop the relay for good; the clients see a gap and resynchronise.
                    logger.LogError(ex, "Relaying a batch of {Count} events failed", batch.Count);
                }
            }
        });
    }

    public void Enqueue(IReadOnlyList<TEvent> events)
    {
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }
    }

    /// <summary>Each event its own message, or none when it has nothing to send.</summary>
    public static IEnumerable<GroupMessage<TEvent>> OneEach(IReadOnlyList<TEvent> events, Func<TEvent, (string Method, object Payload)?> toMessage) =>
        events.Select(e => toMessage(e) is var (method, payload) ? new GroupMessage<TEvent>(method, payload, [e]) : new GroupMessage<TEvent>(null, null, [e]));
}
