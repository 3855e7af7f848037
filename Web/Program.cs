using CommunityPlanning.Hosting;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Hosting;

// The build runs the app once to write the client's wire contract (Web/Contract/ContractWriter.cs).
if (ContractWriter.TryRun(args))
{
    return;
}

// `backup FILE` / `restore FILE`: the database's copy (Grains/Hosting/DatabaseCommands.cs).
if (await DatabaseCommands.TryRunAsync(args, settings => WebApplication.CreateBuilder(settings).Configuration))
{
    return;
}

var app = CommunityPlanningApp.Create(args);
await CommunityPlanningApp.StartAsync(app);
await app.WaitForShutdownAsync();
