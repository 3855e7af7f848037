using System.Net;

namespace CommunityPlanning.Hosting;

/// <summary>Bound from the <c>Cluster</c> configuration section.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Cluster";

    public string ClusterId { get; set; } = "community-planning";
    public string ServiceId { get; set; } = "community-planning";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The IP address a silo announces in the membership table, where the other silos and the web servers look it
    /// up. Loopback by default (everything on one machine); the machine's own address when they run on several.
    /// </summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    /// <summary>Listens on every address of the machine (behind NAT or a container's port mapping) instead of the advertised one only.</summary>
    public bool ListenOnAnyAddress { get; set; }

    /// <summary>The advertised address, or a start-up error naming the setting (a host name is not taken: the table keeps an address).</summary>
    public IPAddress ResolveAdvertisedAddress() =>
        IPAddress.TryParse(AdvertisedAddress, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            ? address
            : throw new InvalidOperationException(
                $"Cluster:AdvertisedAddress '{AdvertisedAddress}' is not an IP address another machine can reach (e.g. 10.0.0.21).");
}
