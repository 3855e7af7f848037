using System.Threading.Channels;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Tests.Infrastructure;

/// <summary>A web server's relay in miniature: records the meeting events it is sent, in order.</summary>
public sealed class RecordingObserver : IMeetingObserver
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public Channel<MeetingEvent> Events { get; } = Channel.CreateUnbounded<MeetingEvent>();

    public Task OnEvents(IReadOnlyList<MeetingEvent> events)
    {
        foreach (var e in events)
        {
            Events.Writer.TryWrite(e);
        }

        return Task.CompletedTask;
    }

    /// <summary>The next event, which must be a <typeparamref name="T"/>.</summary>
    public async Task<T> Next<T>() where T : MeetingEvent =>
        Assert.IsType<T>(await Events.Reader.ReadAsync().AsTask().WaitAsync(Timeout));

    /// <summary>Skips events until one of type <typeparamref name="T"/> matches.</summary>
    public async Task<T> WaitFor<T>(Func<T, bool> match) where T : MeetingEvent
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            if (await Events.Reader.ReadAsync(timeout.Token) is T typed && match(typed))
            {
                return typed;
            }
        }
    }
}
