using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;

// A stand-alone silo: grains on PostgreSQL, found by the web servers through the membership table.
// `dotnet run --project Silo -- migrate` only applies the database schema and exits; `backup FILE` and
// `restore FILE` copy the database and put a copy back (Grains/Hosting/DatabaseCommands.cs).
if (await DatabaseCommands.TryRunAsync(args, settings => Host.CreateApplicationBuilder(settings).Configuration))
{
    return;
}

var host = SiloHost.Create(args);
await host.Services.GetRequiredService<IConfiguration>().EnsureDatabaseAsync();
if (args.Contains("migrate"))
{
    Console.WriteLine("Database schema is up to date.");
    return;
}

await host.RunAsync();
