using CommunityPlanning.Common;

namespace CommunityPlanning.Audience;

/// <summary>
/// How fast the audience's input may come: per person and per meeting, in a sliding minute, refused with the given
/// codes. Kept in memory: a grain that moves forgets the last minute, which at worst lets one more minute's input through.
/// </summary>
public class AudienceRateLimit(int perPerson, int perMeeting, string personCode, string meetingCode)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Dictionary<Guid, Queue<DateTimeOffset>> _people = [];
    private readonly Queue<DateTimeOffset> _meeting = new();

    /// <summary>
    /// Refuses (counting nothing) when the person or the meeting had their minute's share already; without a person, the
    /// meeting's share only.
    /// </summary>
    public void Check(Guid? personId, DateTimeOffset now)
    {
        Forget(_meeting, now);
        var own = personId is { } id ? _people.TryGetValue(id, out var queue) ? queue : _people[id] = new Queue<DateTimeOffset>() : null;
        if (own is not null)
        {
            Forget(own, now);
        }

        if (own?.Count >= perPerson)
        {
            throw new DomainException(personCode, $"at most {perPerson} a minute");
        }

        if (_meeting.Count >= perMeeting)
        {
            throw new DomainException(meetingCode, $"at most {perMeeting} a minute in the meeting");
        }
    }

    /// <summary>Counts what was taken.</summary>
    public void Count(Guid? personId, DateTimeOffset now)
    {
        if (personId is { } id)
        {
            _people[id].Enqueue(now);
        }

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
