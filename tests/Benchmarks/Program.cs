using CommunityPlanning.Benchmarks;
using CommunityPlanning.Benchmarks.Documents;
using CommunityPlanning.Benchmarks.Meetings;

// dotnet run -c Release --project tests/Benchmarks -- text [--runs N] [--naive]
// dotnet run -c Release --project tests/Benchmarks -- document [--clients 1,5,20,50] [--seconds 10] [--key-interval-ms 1]
//     [--history 300000] [--no-typing] [--no-history]
// dotnet run -c Release --project tests/Benchmarks -- meeting-storage [--participants 30] [--observers 1000] [--polls 5] [--actions 200]
var suite = args.FirstOrDefault();
switch (suite)
{
    case "text":
        return TextBenchmark.Run(args[1..]);
    case "document":
        return await DocumentBenchmark.RunAsync(args[1..]);
    case "meeting-storage":
        return await MeetingStorageBenchmark.RunAsync(args[1..]);
    default:
        Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Benchmarks -- text [--runs N] [--naive]");
        Console.Error.WriteLine("       dotnet run -c Release --project tests/Benchmarks -- document [--clients 1,5,20,50] [--seconds 10] " +
            "[--key-interval-ms 1] [--history 300000] [--no-typing] [--no-history]");
        Console.Error.WriteLine("       dotnet run -c Release --project tests/Benchmarks -- meeting-storage [--participants 30] [--observers 1000] [--polls 5] [--actions 200]");
        return 2;
}
