using CommunityPlanning.LoadTest;
using CommunityPlanning.LoadTest.Floor;

// dotnet run -c Release --project tests/LoadTest -- [--participants 30] [--observers 1000] [--actions 200] [--interval-ms 100] [--warmup-seconds 20] [--dotnet-observers] [--in-process]
// dotnet run -c Release --project tests/LoadTest -- typing [--writers 5] [--observers 0] [--seconds 20] [--warmup-seconds 30] [--interval-ms 200] [--in-process | --urls URL,URL [--measure NAME=PID,…]]
//   (--urls: a running cluster's web servers, clients split over them; scripts/load-cluster.sh starts one and runs it)
// dotnet run -c Release --project tests/LoadTest -- floor [--writers 30] [--seconds 20] [--warmup-seconds 30] [--interval-ms 200]
// (the tool starts itself again with "serve" or "serve-floor" for the server's own process)
var options = LoadOptions.Parse(args);
if (!options.Mode.StartsWith("serve", StringComparison.Ordinal))
{
    // The load tool's thousand sockets complete on the socket engine's threads instead of hopping to the thread
    // pool: the generator costs the shared machine less. Read once, at the first socket; the server does not inherit it.
    Environment.SetEnvironmentVariable(LoadServer.InlineCompletions, "1");
}

return options.Mode switch
{
    "serve" or "serve-floor" => await LoadServer.ServeAsync(floor: options.Mode == "serve-floor"),
    "floor" => await FloorLoad.RunAsync(options),
    "typing" => await TypingLoad.RunAsync(options),
    _ => await FacilitationLoad.RunAsync(options),
};
