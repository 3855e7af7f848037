using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Hosting;

// The build runs the app once to write the client's wire contract (Web/Contract/ContractWriter.cs).
if (ContractWriter.TryRun(args))
{
    return;
}

var app = CommunityPlanningApp.Create(args);
await CommunityPlanningApp.StartAsync(app);
await app.WaitForShutdownAsync();
