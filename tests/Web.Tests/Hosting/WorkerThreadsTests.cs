using CommunityPlanning.Web.Hosting;

namespace CommunityPlanning.Web.Tests.Hosting;

/// <summary><c>Hosting:MinWorkerThreads</c> raises the thread pool's minimum when the application is built.</summary>
public sealed class WorkerThreadsTests
{
    [Fact]
    public async Task The_configured_minimum_of_workers_is_kept_ready()
    {
        ThreadPool.GetMinThreads(out var before, out var completionPortsBefore);
        // Above anything another test's application sets (the default), so only this one can have raised it.
        var wanted = Math.Max(before, new HostingSettings().MinWorkerThreads) + 7;

        await using var app = CommunityPlanningApp.Create([$"--Hosting:MinWorkerThreads={wanted}", "--Demo:Enabled=false"]);

        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        Assert.Equal(wanted, workers);
        Assert.Equal(completionPortsBefore, completionPorts);
    }
}
