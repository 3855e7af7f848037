namespace CommunityPlanning.Meetings;

/// <summary>
/// The meeting's countdown. Running while <see cref="EndsAt"/> is set (server time: every screen shows the
/// same second by correcting for its measured clock offset); paused with <see cref="RemainingMs"/> left;
/// <see cref="Finished"/> once it reached zero. <see cref="SpeakerId"/> when it times a speaker.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.MeetingTimer")]
public sealed record MeetingTimer(
    [property: Id(0)] string? Label,
    [property: Id(1)] Guid? SpeakerId,
    [property: Id(2)] long DurationMs,
    [property: Id(3)] long RemainingMs,
    [property: Id(4)] DateTimeOffset? EndsAt,
    [property: Id(5)] bool Finished)
{
    public bool Running => EndsAt is not null;
}
