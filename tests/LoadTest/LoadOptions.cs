namespace CommunityPlanning.LoadTest;

/// <summary>The load's shape; the defaults are the scenario of docs/performance.md.</summary>
public sealed record LoadOptions(string Mode, int Participants, int Observers, int Actions, int IntervalMs, int Seconds)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value >= 0 ? value : fallback;
        }

        // "typing": --writers (participants who type) every --interval-ms (default 200) for --seconds.
        var typing = args.FirstOrDefault() == "typing";
        return new LoadOptions(
            typing ? "typing" : "facilitation",
            typing ? Value("--writers", 5) : Value("--participants", 30),
            Value("--observers", typing ? 0 : 1_000),
            Value("--actions", 200),
            Value("--interval-ms", typing ? 200 : 100),
            Value("--seconds", 20));
    }
}
