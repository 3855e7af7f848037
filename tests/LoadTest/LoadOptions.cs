namespace CommunityPlanning.LoadTest;

/// <summary>The load's shape; the defaults are the scenario of docs/performance.md.</summary>
public sealed record LoadOptions(int Participants, int Observers, int Actions, int IntervalMs)
{
    public static LoadOptions Parse(string[] args)
    {
        int Value(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value >= 0 ? value : fallback;
        }

        return new LoadOptions(Value("--participants", 30), Value("--observers", 1_000), Value("--actions", 200), Value("--interval-ms", 100));
    }
}
