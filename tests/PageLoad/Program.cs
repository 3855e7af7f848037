using CommunityPlanning.PageLoad;

// dotnet run -c Release --project tests/PageLoad -- [--runs 7] [--cpu 1] [--base-url http://… --demo-password …]
// Time to interactive of the participant's meeting page on Chromium's "Fast 3G" (docs/performance.md).
return await PageLoadBenchmark.RunAsync(PageLoadOptions.Parse(args));
