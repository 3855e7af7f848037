namespace CommunityPlanning.LoadTest;

/// <summary>The load's shape; the defaults are the scenario of docs/performance.md.</summary>
public sealed record LoadOptions(string Mode, int Participants, int Observers, int Actions, int IntervalMs, int Seconds, int WarmupSeconds, bool InProcess, bool DotnetObservers,
    IReadOnlyList<Uri> Urls, IReadOnlyList<(string Name, int Pid)> Measure)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value >= 0 ? value : fallback;
        }

        // "typing" (and "floor", the same keys to a bare hub): --writers (participants who type) every
        // --interval-ms (default 200) for --seconds.
        var mode = args.FirstOrDefault() is "typing" or "floor" or "serve" or "serve-floor" ? args[0] : "facilitation";
        var typing = mode is "typing" or "floor";
        return new LoadOptions(
            mode,
            typing ? Value("--writers", 5) : Value("--participants", 30),
            Value("--observers", typing ? 0 : 1_000),
            Value("--actions", 200),
            Value("--interval-ms", typing ? 200 : 100),
            Value("--seconds", 20),
            Value("--warmup-seconds", typing ? 30 : 20),
            args.Contains("--in-process"),
            args.Contains("--dotnet-observers"),
            [.. List(args, "--urls").Select(url => new Uri(url))],
            [.. List(args, "--measure").Select(NamedPid)]);
    }

    /// <summary>A comma-separated value, e.g. <c>--urls http://127.0.0.1:5080,http://127.0.0.1:5081</c>.</summary>
    private static string[] List(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
    }

    /// <summary><c>name=pid</c>: a process of the cluster whose CPU and memory the run reports.</summary>
    private static (string Name, int Pid) NamedPid(string value)
    {
        var parts = value.Split('=');
        return parts.Length == 2 && int.TryParse(parts[1], out var pid) ? (parts[0], pid) : throw new ArgumentException($"--measure takes name=pid, not '{value}'");
    }
}
