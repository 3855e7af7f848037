namespace CommunityPlanning.Meetings;

/// <summary>
/// Live connections of one meeting, grouped by the web server that holds them, with a lease per server:
/// a server that stops renewing (crashed, cut off) loses its connections, and their people leave.
/// Not persisted: after the grain moves, web servers list their connections again when they renew.
/// Observers are counted (<see cref="Watching"/>) as well as kept, so that the audience's size is at hand.
/// </summary>
public sealed class MeetingPresence
{
    private readonly Dictionary<string, ServerLease> _servers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _connectionsPerParticipant = [];

    /// <summary>Everyone connected, observers too.</summary>
    public IEnumerable<Guid> Present => _connectionsPerParticipant.Keys;

    /// <summary>How many observers are connected.</summary>
    public int Watching { get; private set; }

    public bool IsPresent(Guid participantId) => _connectionsPerParticipant.ContainsKey(participantId);

    /// <summary>Adds a connection; true when it is the person's first, i.e. they arrived.</summary>
    public bool Add(string server, string connectionId, Attendee attendee, DateTimeOffset leaseUntil)
    {
        var lease = Lease(server, leaseUntil);
        if (!lease.Connections.TryAdd(connectionId, attendee))
        {
            return false;
        }

        var count = _connectionsPerParticipant.GetValueOrDefault(attendee.ParticipantId);
        _connectionsPerParticipant[attendee.ParticipantId] = count + 1;
        if (count == 0 && attendee.IsObserver)
        {
            Watching++;
        }

        return count == 0;
    }

    /// <summary>Removes a connection; returns the person if it was their last, i.e. they left.</summary>
    public Attendee? Remove(string server, string connectionId)
    {
        if (!_servers.TryGetValue(server, out var lease) || !lease.Connections.Remove(connectionId, out var attendee))
        {
            return null;
        }

        var count = _connectionsPerParticipant[attendee.ParticipantId] - 1;
        if (count > 0)
        {
            _connectionsPerParticipant[attendee.ParticipantId] = count;
            return null;
        }

        _connectionsPerParticipant.Remove(attendee.ParticipantId);
        if (attendee.IsObserver)
        {
            Watching--;
        }

        return attendee;
    }

    /// <summary>
    /// The connections of one person go on as another's (two seats merged into <paramref name="to"/>); true when
    /// <paramref name="from"/> had any.
    /// </summary>
    public bool Move(Guid from, Attendee to)
    {
        if (!_connectionsPerParticipant.Remove(from, out var count))
        {
            return false;
        }

        foreach (var lease in _servers.Values)
        {
            foreach (var connectionId in lease.Connections.Where(c => c.Value.ParticipantId == from).Select(c => c.Key).ToList())
            {
                lease.Connections[connectionId] = to;
            }
        }

        var before = _connectionsPerParticipant.GetValueOrDefault(to.ParticipantId);
        _connectionsPerParticipant[to.ParticipantId] = before + count;
        // Seats of one role merge: two observers were two of the audience and now are one.
        if (to.IsObserver && before > 0)
        {
            Watching--;
        }

        return true;
    }

    /// <summary>Starts or extends a server's lease.</summary>
    public void Renew(string server, DateTimeOffset leaseUntil) => Lease(server, leaseUntil);

    public IReadOnlyCollection<string> ConnectionsOf(string server) =>
        _servers.TryGetValue(server, out var lease) ? [.. lease.Connections.Keys] : [];

    /// <summary>Forgets a server and its connections; returns the people who left with it.</summary>
    public IReadOnlyList<Attendee> RemoveServer(string server)
    {
        var left = new List<Attendee>();
        foreach (var connectionId in ConnectionsOf(server))
        {
            if (Remove(server, connectionId) is { } attendee)
            {
                left.Add(attendee);
            }
        }

        _servers.Remove(server);
        return left;
    }

    public IReadOnlyList<string> ExpiredServers(DateTimeOffset now) =>
        [.. _servers.Where(s => s.Value.LeaseUntil <= now).Select(s => s.Key)];

    private ServerLease Lease(string server, DateTimeOffset leaseUntil)
    {
        if (!_servers.TryGetValue(server, out var lease))
        {
            lease = new ServerLease();
            _servers.Add(server, lease);
        }

        if (leaseUntil > lease.LeaseUntil)
        {
            lease.LeaseUntil = leaseUntil;
        }

        return lease;
    }

    private sealed class ServerLease
    {
        public Dictionary<string, Attendee> Connections { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset LeaseUntil { get; set; }
    }
}

/// <summary>The person behind a connection, and whether they only watch (counted, not listed to others).</summary>
public readonly record struct Attendee(Guid ParticipantId, bool IsObserver)
{
    public static Attendee Of(RosterEntry entry) => new(entry.ParticipantId, entry.Role == MeetingRole.Observer);
}
