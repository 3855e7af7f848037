namespace CommunityPlanning.Meetings;

/// <summary>
/// Live connections of one meeting, grouped by the web server that holds them, with a lease per server:
/// a server that stops renewing (crashed, cut off) loses its connections, and their people leave.
/// Not persisted: after the grain moves, web servers list their connections again when they renew.
/// </summary>
public sealed class MeetingPresence
{
    private readonly Dictionary<string, ServerLease> _servers = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _connectionsPerParticipant = [];

    public IEnumerable<Guid> Present => _connectionsPerParticipant.Keys;

    public bool IsPresent(Guid participantId) => _connectionsPerParticipant.ContainsKey(participantId);

    /// <summary>Adds a connection; true when it is the participant's first, i.e. they arrived.</summary>
    public bool Add(string server, string connectionId, Guid participantId, DateTimeOffset leaseUntil)
    {
        var lease = Lease(server, leaseUntil);
        if (!lease.Connections.TryAdd(connectionId, participantId))
        {
            return false;
        }

        var count = _connectionsPerParticipant.GetValueOrDefault(participantId);
        _connectionsPerParticipant[participantId] = count + 1;
        return count == 0;
    }

    /// <summary>Removes a connection; returns the participant if it was their last, i.e. they left.</summary>
    public Guid? Remove(string server, string connectionId)
    {
        if (!_servers.TryGetValue(server, out var lease) || !lease.Connections.Remove(connectionId, out var participantId))
        {
            return null;
        }

        var count = _connectionsPerParticipant[participantId] - 1;
        if (count > 0)
        {
            _connectionsPerParticipant[participantId] = count;
            return null;
        }

        _connectionsPerParticipant.Remove(participantId);
        return participantId;
    }

    /// <summary>Starts or extends a server's lease.</summary>
    public void Renew(string server, DateTimeOffset leaseUntil) => Lease(server, leaseUntil);

    public IReadOnlyCollection<string> ConnectionsOf(string server) =>
        _servers.TryGetValue(server, out var lease) ? [.. lease.Connections.Keys] : [];

    /// <summary>Forgets a server and its connections; returns the participants who left with it.</summary>
    public IReadOnlyList<Guid> RemoveServer(string server)
    {
        var left = new List<Guid>();
        foreach (var connectionId in ConnectionsOf(server))
        {
            if (Remove(server, connectionId) is { } participantId)
            {
                left.Add(participantId);
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
        public Dictionary<string, Guid> Connections { get; } = new(StringComparer.Ordinal);
        public DateTimeOffset LeaseUntil { get; set; }
    }
}
