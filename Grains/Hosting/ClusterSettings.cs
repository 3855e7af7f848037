namespace CommunityPlanning.Hosting;

/// <summary>Bound from the <c>Cluster</c> configuration section.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Cluster";

    public string ClusterId { get; set; } = "community-planning";
    public string ServiceId { get; set; } = "community-planning";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
}
