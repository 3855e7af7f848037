using CommunityPlanning.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- text [--runs N] [--naive]
var suite = args.FirstOrDefault();
switch (suite)
{
    case "text":
        return TextBenchmark.Run(args.Skip(1).ToArray());
    default:
        Console.Error.WriteLine("usage: dotnet run -c Release --project tests/Benchmarks -- text [--runs N] [--naive]");
        return 2;
}
