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

    public static HostingSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<HostingSettings>() ?? new HostingSettings();

    public HostingMode Mode { get; set; } = HostingMode.Embedded;

    /// <summary>
    /// Kestrel runs socket continuations on its I/O threads instead of handing each to the thread pool. A
    /// document round to a thousand viewers is a thousand socket writes: each hop costs, and the hub calls of the
    /// people typing waited behind them in the pool's queue (docs/performance.md). Safe here because requests and
    /// hub methods never block and compute only briefly before awaiting a grain (storage and password hashing run
    /// inside grains); false turns it off.
    /// </summary>
    public bool InlineSocketScheduling { get; set; } = true;

    /// <summary>
    /// The fewest thread-pool workers the process keeps ready (the runtime's own minimum is one per core). On 2 cores
    /// with 1,000 viewers, six workers instead of two lowered p99 edit → last receiver in 11 of 12 alternating
    /// pairs of runs (median 165 → 142 ms, docs/performance.md): a worker that blocks or is descheduled for a
    /// moment no longer leaves the people typing queued behind a viewers' round. Never below the runtime's own.
    /// </summary>
    public int MinWorkerThreads { get; set; } = 3 * Environment.ProcessorCount;
}
