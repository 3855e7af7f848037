using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>The rules of the meeting's countdown: start, pause, resume, extend, reset, and finishing at zero.</summary>
public static class Countdown
{
    public const int MaxSeconds = 24 * 60 * 60;
    public const int LabelMaxLength = 200;

    public static MeetingTimer Start(int seconds, string? label, Guid? speakerId, DateTimeOffset now)
    {
        var ms = Milliseconds(seconds);
        return new MeetingTimer(TextRules.OptionalName(label, LabelMaxLength), speakerId, ms, ms, now.AddMilliseconds(ms), Finished: false);
    }

    public static MeetingTimer Pause(MeetingTimer? timer, DateTimeOffset now) => Existing(timer) switch
    {
        { EndsAt: { } endsAt } t => t with { RemainingMs = Remaining(endsAt, now), EndsAt = null },
        var t => t,
    };

    public static MeetingTimer Resume(MeetingTimer? timer, DateTimeOffset now) => Existing(timer) switch
    {
        { EndsAt: null, Finished: false, RemainingMs: > 0 } t => t with { EndsAt = now.AddMilliseconds(t.RemainingMs) },
        var t => t,
    };

    /// <summary>More time; a finished countdown runs again for the added time.</summary>
    public static MeetingTimer Extend(MeetingTimer? timer, int seconds, DateTimeOffset now)
    {
        var t = Existing(timer);
        var ms = Milliseconds(seconds);
        if (t.DurationMs + ms > MaxSeconds * 1000L)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"at most {MaxSeconds} seconds");
        }

        return t switch
        {
            { Finished: true } => t with { DurationMs = t.DurationMs + ms, RemainingMs = ms, EndsAt = now.AddMilliseconds(ms), Finished = false },
            { EndsAt: { } endsAt } => t with { DurationMs = t.DurationMs + ms, EndsAt = endsAt.AddMilliseconds(ms) },
            _ => t with { DurationMs = t.DurationMs + ms, RemainingMs = t.RemainingMs + ms },
        };
    }

    /// <summary>Back to the full duration, paused.</summary>
    public static MeetingTimer Reset(MeetingTimer? timer) =>
        Existing(timer) with { RemainingMs = timer!.DurationMs, EndsAt = null, Finished = false };

    /// <summary>The finished countdown if it has run out by <paramref name="now"/>, else null.</summary>
    public static MeetingTimer? FinishIfDue(MeetingTimer? timer, DateTimeOffset now) =>
        timer is { EndsAt: { } endsAt } && endsAt <= now ? timer with { RemainingMs = 0, EndsAt = null, Finished = true } : null;

    private static MeetingTimer Existing(MeetingTimer? timer) => timer ?? throw new DomainException(ErrorCodes.NoTimer);

    private static long Milliseconds(int seconds) =>
        seconds is > 0 and <= MaxSeconds ? seconds * 1000L : throw new DomainException(ErrorCodes.InvalidValue, $"seconds 1–{MaxSeconds}");

    private static long Remaining(DateTimeOffset endsAt, DateTimeOffset now) => (long)Math.Max(0, (endsAt - now).TotalMilliseconds);
}
