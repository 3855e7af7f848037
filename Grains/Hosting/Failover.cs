using Orleans.Configuration;

namespace CommunityPlanning.Hosting;

/// <summary>
/// How fast a cluster on PostgreSQL notices a dead silo (issue 23: edits acknowledged again within 5 s of a
/// <c>kill -9</c>). Orleans' defaults suit large clusters on flaky networks: a silo was declared dead after three
/// missed 5 s probes (and the web servers learnt of it from a gateway list read once a minute), so editing stood
/// still for 7–12 s and calls hung until the 30 s response timeout. Silos here sit on one LAN, a few at most.
/// </summary>
public static class Failover
{
    /// <summary>Probes every silo a second apart; two missed (connection refused fails one at once) make it suspect,
    /// and with two silos one vote declares it dead, so a killed silo is out after about 2–3 s. Orleans lengthens the
    /// timeout by itself while the probing silo is starved of CPU, so a busy host does not evict a healthy peer.</summary>
    public static void Configure(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.MinProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = 2;
        o.TableRefreshTimeout = TimeSpan.FromSeconds(10);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(30);
    }

    /// <summary>The web servers read the live gateways every 5 s, not every minute, so they stop sending to a dead
    /// silo (and find a restarted one) in seconds.</summary>
    public static void Configure(GatewayOptions o) => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5);
}
