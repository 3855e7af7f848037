using CommunityPlanning.LoadTest;

// dotnet run -c Release --project tests/LoadTest -- [--participants 30] [--observers 1000] [--actions 200] [--interval-ms 100]
return await FacilitationLoad.RunAsync(LoadOptions.Parse(args));
