using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;

// A stand-alone silo: grains on PostgreSQL, found by the web servers through the membership table.
// `dotnet run --project Silo -- migrate` only applies the database schema and exits.
var host = SiloHost.Create(args);
await host.Services.GetRequiredService<IConfiguration>().EnsureDatabaseAsync();
if (args.Contains("migrate"))
{
    Console.WriteLine("Database schema is up to date.");
    return;
}

await host.RunAsync();
