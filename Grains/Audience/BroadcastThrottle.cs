namespace CommunityPlanning.Audience;

/// <summary>
/// Sends at most once every <see cref="Every"/>: a change asks for a send, and the grain's timer sends whatever
/// gathered meanwhile in one go, so a thousand answers or reactions in a second are one event to everyone.
/// </summary>
public sealed class BroadcastThrottle(IGrainBase grain, TimeProvider time, Func<Task> send)
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private IGrainTimer? _timer;
    private DateTimeOffset _last = DateTimeOffset.MinValue;

    /// <summary>Sends at the next free moment: at once after a quiet second, else a second after the last send.</summary>
    public void Request()
    {
        if (_timer is not null)
        {
            return;
        }

        var wait = _last == DateTimeOffset.MinValue ? TimeSpan.Zero : _last + Every - time.GetUtcNow();
        _timer = grain.RegisterGrainTimer(Send, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private async Task Send(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        _last = time.GetUtcNow();
        await send();
    }
}
