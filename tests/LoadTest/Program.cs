using CommunityPlanning.LoadTest;

// dotnet run -c Release --project tests/LoadTest -- [--participants 30] [--observers 1000] [--actions 200] [--interval-ms 100]
// dotnet run -c Release --project tests/LoadTest -- typing [--writers 5] [--observers 0] [--seconds 20] [--interval-ms 200]
var options = LoadOptions.Parse(args);
return options.Mode == "typing" ? await TypingLoad.RunAsync(options) : await FacilitationLoad.RunAsync(options);
