using System.Globalization;

namespace CommunityPlanning.PageLoad;

/// <summary>
/// The benchmark's options: how many measured runs; Chromium's CPU slowdown (1 = none; 4 is what Lighthouse uses for
/// a mid-range phone); optionally the address of an app already running (another version, started with the demo
/// password of the browser tests) instead of one started here; with --waterfall, the last run's requests of the meeting
/// page opened directly, in the order they went out (where the time goes).
/// </summary>
public sealed record PageLoadOptions(int Runs, double CpuSlowdown, string? BaseUrl, bool Waterfall)
{
    public static PageLoadOptions Parse(string[] args)
    {
        var options = new PageLoadOptions(7, 1, null, false);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (args[i] == "--waterfall")
            {
                options = options with { Waterfall = true };
                i--;
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--cpu" => options with { CpuSlowdown = double.Parse(value, CultureInfo.InvariantCulture) },
                "--base-url" => options with { BaseUrl = value.TrimEnd('/') },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
