using System.Diagnostics;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// What a load runs against: the tool's own server (<see cref="LoadServer"/>), or a running cluster's web servers
/// (<c>--urls</c>, scripts/load-cluster.sh), whose clients are split over them in turn and whose processes
/// (<c>--measure name=pid,…</c>) have their CPU and memory reported.
/// </summary>
public sealed class LoadTarget : IAsyncDisposable
{
    private readonly LoadServer? _own;
    private readonly IReadOnlyList<(string Name, Process Process)> _processes;

    private LoadTarget(LoadServer? own, IReadOnlyList<Uri> servers, IReadOnlyList<(string Name, Process Process)> processes) =>
        (_own, Servers, _processes) = (own, servers, processes);

    /// <summary>The web servers, client <c>i</c> going to <c>Servers[i % Count]</c>.</summary>
    public IReadOnlyList<Uri> Servers { get; }

    /// <summary>Where the organizer and the measured processes are, for the run's header.</summary>
    public string Description => _own is not null
        ? $"server process {_own.Process.Id}"
        : $"{Servers.Count} web servers ({string.Join(", ", Servers.Select(s => s.Authority))}), clients split over them in turn";

    /// <summary>Whether the load tool shares its process with the server (<c>--in-process</c>).</summary>
    public bool SharesToolProcess => _own is { OwnProcess: false };

    public static async Task<LoadTarget> StartAsync(LoadOptions options)
    {
        if (options.Urls.Count == 0)
        {
            var own = await LoadServer.StartAsync(options.InProcess);
            return new LoadTarget(own, [own.BaseUri], [("server", own.Process)]);
        }

        return new LoadTarget(null, options.Urls, [.. options.Measure.Select(m => (m.Name, Process.GetProcessById(m.Pid)))]);
    }

    /// <summary>CPU time each measured process has used so far.</summary>
    public TimeSpan[] CpuTimes() => [.. _processes.Select(p =>
    {
        p.Process.Refresh();
        return p.Process.TotalProcessorTime;
    })];

    /// <summary>Each measured process's share of the machine since <paramref name="before"/>, and its peak working set.</summary>
    public string Usage(TimeSpan[] before, TimeSpan elapsed) => string.Join(", ", _processes.Select((p, i) =>
    {
        p.Process.Refresh();
        var share = (p.Process.TotalProcessorTime - before[i]).TotalSeconds / elapsed.TotalSeconds / Environment.ProcessorCount;
        return $"{p.Name} {share:P0} ({p.Process.PeakWorkingSet64 / 1024.0 / 1024:F0} MB peak)";
    }));

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync(); // its process is the one measured
            return;
        }

        foreach (var (_, process) in _processes)
        {
            process.Dispose(); // the handle only: the cluster's processes belong to whoever started them
        }
    }
}
