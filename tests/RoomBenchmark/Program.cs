using CommunityPlanning.RoomBenchmark;

// dotnet run -c Release --project tests/RoomBenchmark -- [--actions 100] [--chromium /usr/bin/chromium]
// Facilitator click → room screen updated, in Chromium: prints p50 and p99 (docs/performance.md, "Room screen").
var actions = 100;
var chromium = "/usr/bin/chromium";
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--actions":
            actions = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            break;
        case "--chromium":
            chromium = args[i + 1];
            break;
        default:
            Console.Error.WriteLine("usage: dotnet run -c Release --project tests/RoomBenchmark -- [--actions 100] [--chromium /usr/bin/chromium]");
            return 2;
    }
}

return await RoomLatency.RunAsync(actions, chromium);
