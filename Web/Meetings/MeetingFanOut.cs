using System.Collections.Concurrent;
using System.Threading.Channels;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// One meeting's local connections and the loop that relays the meeting's events to them: everything queued while
/// the previous round was offered goes out as the next round, serialized once, to each connection's
/// <see cref="ConnectionOutbox"/>. It is the grain observer of the meeting's subscription on this server. Observers'
/// connections get the round as the public sees it (<see cref="PublicAudience"/>), serialized once for all of them.
/// </summary>
public sealed class MeetingFanOut(RelayKindTally tally, ILogger logger) : IMeetingObserver, IRelayFanOut
{
    /// <summary>The most events taken for one round of messages.</summary>
    private const int MaxRound = 256;

    private readonly Channel<MeetingEvent> _events = Channel.CreateUnbounded<MeetingEvent>(new() { SingleReader = true });

    /// <summary>Changed under the subscription's gate; also read by the loop, hence concurrent.</summary>
    private readonly ConcurrentDictionary<string, MeetingMember> _members = new(StringComparer.Ordinal);

    private readonly PublicAudience _public = new();

    public IReadOnlyList<ConnectionOutbox> Outboxes => [.. _members.Values.Select(m => m.Outbox)];

    /// <summary>The connections whose person the grain has named, for its presence after it moves.</summary>
    public IReadOnlyList<ConnectionClaim> Claims() =>
        [.. _members.Where(c => c.Value.ParticipantId != Guid.Empty).Select(c => new ConnectionClaim(c.Key, c.Value.ParticipantId))];

    public void Add(string connectionId, MeetingMember member) => _members[connectionId] = member;

    /// <summary>The people a connection's snapshot lists, for naming them to the public (<see cref="PublicAudience.Learn"/>).</summary>
    public void Learn(IEnumerable<RosterEntry> entries) => _public.Learn(entries);

    public bool Remove(string connectionId) => _members.TryRemove(connectionId, out _);

    public IReadOnlyList<Task> Start() => [Task.Run(RelayAsync)];

    public void Complete() => _events.Writer.TryComplete();

    public Task OnEvents(IReadOnlyList<MeetingEvent> events)
    {
        foreach (var e in events)
        {
            _events.Writer.TryWrite(e);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A removed person's connections (or those of someone whose invite ended) close once the round that told them
    /// (rosterChanged) is written to them.
    /// </summary>
    private async Task RelayAsync()
    {
        var round = new List<MeetingEvent>(MaxRound);
        while (await _events.Reader.WaitToReadAsync())
        {
            round.Clear();
            while (round.Count < MaxRound && _events.Reader.TryRead(out var e))
            {
                round.Add(e);
            }

            try
            {
                _public.Hear(round);
                var messages = Serialize(round);
                List<SerializedHubMessage>? publicMessages = null;
                foreach (var merge in round.OfType<SeatsMerged>())
                {
                    GoOnAs(merge.MergedId, merge.Kept.ParticipantId);
                    Reclassify(merge.Kept);
                }

                foreach (var changed in round.OfType<RosterChanged>())
                {
                    Reclassify(changed.Entry);
                }

                var removed = round.OfType<RosterChanged>().Where(r => r.Entry.Removed || r.Entry.AccessEnded).Select(r => r.Entry.ParticipantId).ToHashSet();
                foreach (var member in _members.Values)
                {
                    var sent = member.Public ? publicMessages ??= Serialize(_public.Public(round)) : messages;
                    member.Outbox.Offer(sent, removed.Contains(member.ParticipantId) ? member.Abort : null);
                }

                tally.Round();
            }
            catch (Exception ex)
            {
                // A fault in mapping must not stop the relay for good; the clients see a gap and resynchronise.
                logger.LogError(ex, "Relaying a round of {Count} meeting events failed", round.Count);
            }
        }
    }

    private static List<SerializedHubMessage> Serialize(IEnumerable<MeetingEvent> round) =>
        [.. round.Select(MeetingRelay.ToMessage).OfType<(string Method, object Payload)>().Select(m => ConnectionOutbox.Serialize(m.Method, m.Payload))];

    /// <summary>A person whose role changed hears the public's events from now on, or stops to.</summary>
    private void Reclassify(RosterEntry entry)
    {
        var observer = entry.Role == MeetingRole.Observer;
        foreach (var (connectionId, member) in _members.Where(c => c.Value.ParticipantId == entry.ParticipantId && c.Value.Public != observer))
        {
            _members.TryUpdate(connectionId, member with { Public = observer }, member);
        }
    }

    /// <summary>
    /// A merged seat's connections are the kept seat's from now on (so they close when it is removed). Compared and
    /// swapped, never added: a connection that left meanwhile stays gone.
    /// </summary>
    private void GoOnAs(Guid mergedId, Guid keptId)
    {
        foreach (var (connectionId, member) in _members.Where(c => c.Value.ParticipantId == mergedId))
        {
            _members.TryUpdate(connectionId, member with { ParticipantId = keptId }, member);
        }
    }
}

/// <summary>
/// A local connection to a meeting: whose it is (empty until the grain has said), how to close it, its outbox, and
/// whether it is the public's (an observer's: it gets every name as the public sees it).
/// </summary>
public sealed record MeetingMember(Guid ParticipantId, Action Abort, ConnectionOutbox Outbox, bool Public);
