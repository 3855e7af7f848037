namespace CommunityPlanning.Web.Hosting;

public enum HostingMode
{
    /// <summary>The web server hosts its own silo: one process, the default.</summary>
    Embedded,

    /// <summary>The web server is a client of a cluster of stand-alone silos.</summary>
    Client,
}

/// <summary>Bound from the <c>Hosting</c> configuration section.</summary>
public sealed class HostingSettings
{
    public const string Section = "Hosting";

    public HostingMode Mode { get; set; } = HostingMode.Embedded;
}
