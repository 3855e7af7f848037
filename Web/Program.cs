using CommunityPlanning.Web.Hosting;

var app = CommunityPlanningApp.Create(args);
await CommunityPlanningApp.StartAsync(app);
await app.WaitForShutdownAsync();
