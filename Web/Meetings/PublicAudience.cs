using System.Collections.Concurrent;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// A meeting's people as this web server last heard of them, for turning the events it relays to observers' connections
/// into the public's (<see cref="PublicView.Event"/>: names by each person's choice, observers nameless). It learns from
/// every roster event it relays, and fills what it has not heard of from the snapshots its connections get: a snapshot
/// never overwrites an entry an event told, because every change after the subscription reaches it as an event.
/// </summary>
public sealed class PublicAudience
{
    private readonly ConcurrentDictionary<Guid, RosterEntry> _people = new();

    public void Learn(IEnumerable<RosterEntry> entries)
    {
        foreach (var entry in entries)
        {
            _people.TryAdd(entry.ParticipantId, entry);
        }
    }

    /// <summary>Takes in a round's roster changes, then gives the round as the public gets it.</summary>
    public IReadOnlyList<MeetingEvent> Public(IReadOnlyList<MeetingEvent> round) =>
        [.. round.Select(e => PublicView.Event(e, Find, _people.Select(p => p.Value)))]; // enumerated only for a details change

    /// <summary>Hears the round's roster changes (before anything is sent, so the round's own names are current).</summary>
    public void Hear(IReadOnlyList<MeetingEvent> round)
    {
        foreach (var e in round)
        {
            switch (e)
            {
                case RosterChanged c:
                    _people[c.Entry.ParticipantId] = c.Entry;
                    break;
                case SeatsMerged c:
                    _people[c.Kept.ParticipantId] = c.Kept;
                    _people.TryRemove(c.MergedId, out _);
                    break;
            }
        }
    }

    private RosterEntry? Find(Guid participantId) => _people.GetValueOrDefault(participantId);
}
