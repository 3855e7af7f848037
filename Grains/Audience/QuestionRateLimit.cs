using CommunityPlanning.Common;

namespace CommunityPlanning.Audience;

/// <summary>
/// How fast questions may come: per person and per meeting, in a sliding minute. Kept in memory: a grain that moves
/// forgets the last minute, which at worst lets one more minute's questions through.
/// </summary>
public sealed class QuestionRateLimit
{
    public const int PerPersonPerMinute = 3;
    public const int PerMeetingPerMinute = 30;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> _people = [];
    private readonly Queue<DateTimeOffset> _meeting = new();

    /// <summary>Refuses (counting nothing) when the person or the meeting asked their minute's share already.</summary>
    public void Check(Guid personId, DateTimeOffset now)
    {
        var own = _people.TryGetValue(personId, out var queue) ? queue : _people[personId] = new Queue<DateTimeOffset>();
        Forget(own, now);
        Forget(_meeting, now);
        if (own.Count >= PerPersonPerMinute)
        {
            throw new DomainException(ErrorCodes.QuestionRateLimited, $"at most {PerPersonPerMinute} a minute");
        }

        if (_meeting.Count >= PerMeetingPerMinute)
        {
            throw new DomainException(ErrorCodes.QuestionsBusy, $"at most {PerMeetingPerMinute} a minute in the meeting");
        }
    }

    /// <summary>Counts a question that was taken.</summary>
    public void Count(Guid personId, DateTimeOffset now)
    {
        _people[personId].Enqueue(now);
        _meeting.Enqueue(now);
    }

    private static void Forget(Queue<DateTimeOffset> times, DateTimeOffset now)
    {
        while (times.TryPeek(out var at) && now - at >= Window)
        {
            times.Dequeue();
        }
    }
}
