using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// Sends a grain's events to one local SignalR group strictly one after another, in the order the grain
/// sent them. The grain waits for each batch to be enqueued here before it sends the next, so a slow
/// SignalR send never holds the grain.
/// </summary>
public sealed class OrderedGroupSender<TEvent>
{
    private readonly Channel<TEvent> _events = Channel.CreateUnbounded<TEvent>(new() { SingleReader = true });

    /// <param name="sent">Called after each event has been handed to SignalR (or failed to be).</param>
    public OrderedGroupSender(IClientProxy group, Func<TEvent, (string Method, object Payload)?> toMessage, ILogger logger, Action<TEvent>? sent = null)
    {
        _ = Task.Run(async () =>
        {
            await foreach (var e in _events.Reader.ReadAllAsync())
            {
                if (toMessage(e) is not var (method, payload))
                {
                    continue;
                }

                try
                {
                    await group.SendAsync(method, payload);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "Relaying {Method} failed", method);
                }

                sent?.Invoke(e);
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
}
