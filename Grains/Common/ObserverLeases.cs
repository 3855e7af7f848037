namespace CommunityPlanning.Common;

/// <summary>
/// Observers of a grain, one per web server, each with a lease: a web server that stops renewing
/// (crashed, cut off) is forgotten when its lease runs out.
/// </summary>
public sealed class ObserverLeases<TObserver> where TObserver : class
{
    private readonly Dictionary<string, (TObserver Observer, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);

    public IEnumerable<TObserver> Observers => _leases.Values.Select(l => l.Observer);

    public void Renew(string server, TObserver observer, DateTimeOffset until) => _leases[server] = (observer, until);

    public void Remove(string server) => _leases.Remove(server);

    public void RemoveExpired(DateTimeOffset now)
    {
        foreach (var server in _leases.Where(l => l.Value.Until <= now).Select(l => l.Key).ToList())
        {
            _leases.Remove(server);
        }
    }
}
