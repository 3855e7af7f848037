using CommunityPlanning.Hosting;
using Orleans.Dashboard;

// A stand-alone silo of a cluster: grains on PostgreSQL, found by the web servers through the membership table.
// `dotnet run --project Silo -- migrate` only applies the database schema and exits.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.AddJsonConsole();

var storage = builder.Configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
await DatabaseSchema.EnsureAsync(storage);
if (args.Contains("migrate"))
{
    Console.WriteLine($"Schema is up to date ({storage.Provider}).");
    return;
}

builder.UseOrleans(silo => silo.AddCommunityPlanning(builder.Configuration).AddDashboard());
await builder.Build().RunAsync();
