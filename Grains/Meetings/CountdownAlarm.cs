namespace CommunityPlanning.Meetings;

/// <summary>Keeps one grain timer on the running countdown's end, so its finish reaches everyone.</summary>
public sealed class CountdownAlarm(IGrainBase grain, TimeProvider time, Func<CancellationToken, Task> finish)
{
    private IGrainTimer? _timer;

    /// <summary>Sets the alarm for the countdown as it is now (none when it does not run).</summary>
    public void Schedule(MeetingTimer? countdown)
    {
        _timer?.Dispose();
        _timer = null;
        if (countdown?.EndsAt is { } endsAt)
        {
            var due = endsAt - time.GetUtcNow();
            _timer = grain.RegisterGrainTimer(finish, due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }
}
