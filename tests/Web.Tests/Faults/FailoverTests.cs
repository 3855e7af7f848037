using CommunityPlanning.Documents;
using CommunityPlanning.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Faults;

/// <summary>
/// Faults of a cluster of two silos and two web servers on PostgreSQL, each a process, with writers on both web
/// servers (issue 23). Every test asserts that no acknowledged edit is lost or duplicated and that every client and
/// both web servers converge on the same text; recovery times are printed (docs/performance.md, "Failover").
/// </summary>
[Collection(nameof(FaultsCollection))]
public sealed class FailoverTests(FaultClusterFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Recovering = TimeSpan.FromSeconds(40);
    private ProcessCluster Cluster => fixture.Cluster;

    public Task InitializeAsync() => Cluster.EnsureRunningAsync();

    public Task DisposeAsync() => Cluster.EnsureRunningAsync();

    [Fact]
    public async Task Killing_the_silo_that_hosts_the_document_mid_typing_loses_and_duplicates_nothing()
    {
        await using var scenario = await FaultScenario.StartAsync(Cluster, output, editors: 4);
        scenario.StartTyping(scenario.Editors, Pace);
        await scenario.AcknowledgedAfterAsync(DateTime.MinValue, 10, Recovering);

        var document = Cluster.Grains.GetGrain<IVisionDocumentGrain>(scenario.DocumentId);
        var silo = await Cluster.SiloOfAsync(document);
        var killed = DateTime.UtcNow;
        Cluster.Silos[silo].Kill();
        await scenario.AcknowledgedAfterAsync(killed, 10, Recovering);
        var now = await Cluster.SiloOfAsync(document);
        output.WriteLine($"the document was on silo {silo}, is now on {now}");
        Assert.NotEqual(silo, now);

        scenario.Recovery("silo hosting the document killed", killed);
        await scenario.AssertNothingLostAsync();
    }

    [Fact]
    public async Task Killing_a_web_server_moves_its_writers_to_the_other_and_loses_nothing()
    {
        await using var scenario = await FaultScenario.StartAsync(Cluster, output, editors: 4);
        scenario.StartTyping(scenario.Editors, Pace);
        await scenario.AcknowledgedAfterAsync(DateTime.MinValue, 10, Recovering);

        var killed = DateTime.UtcNow;
        Cluster.WebProcesses[1].Kill();
        await scenario.AcknowledgedAfterAsync(killed, 10, Recovering);

        scenario.Recovery("web server killed", killed);
        Assert.All(scenario.Editors, e => Assert.Equal(Cluster.WebServers[0], e.Server));
        await Cluster.EnsureRunningAsync(); // back, it must show the same text
        await scenario.AssertNothingLostAsync();
    }

    [Fact]
    public async Task Restarting_the_silos_one_after_another_while_typing_loses_nothing()
    {
        await using var scenario = await FaultScenario.StartAsync(Cluster, output, editors: 4);
        scenario.StartTyping(scenario.Editors, Pace);
        await scenario.AcknowledgedAfterAsync(DateTime.MinValue, 10, Recovering);

        foreach (var silo in Cluster.Silos)
        {
            var stopped = DateTime.UtcNow;
            await silo.StopAsync();
            await scenario.AcknowledgedAfterAsync(stopped, 5, Recovering);
            scenario.Recovery($"{silo.Name} stopped", stopped);
            await silo.StartAsync();
            await scenario.AcknowledgedAfterAsync(DateTime.UtcNow, 5, Recovering);
        }

        await scenario.AssertNothingLostAsync();
    }

    [Fact]
    public async Task A_hundred_clients_dropping_and_reconnecting_at_once_lose_nothing()
    {
        await using var scenario = await FaultScenario.StartAsync(Cluster, output, editors: 100);
        var writers = scenario.Editors.Take(4).ToList();
        scenario.StartTyping(writers, Pace);
        await scenario.AcknowledgedAfterAsync(DateTime.MinValue, 10, Recovering);

        var dropped = DateTime.UtcNow;
        await Task.WhenAll(scenario.Editors.Select(e => e.DropAsync()));
        await Task.WhenAll(scenario.Editors.Select(e => e.ConnectAsync()));
        output.WriteLine($"100 clients dropped and back in {(DateTime.UtcNow - dropped).TotalSeconds:0.00} s");
        await scenario.AcknowledgedAfterAsync(dropped, 10, Recovering);

        scenario.Recovery("100 clients reconnected", dropped);
        await scenario.AssertNothingLostAsync();
    }
}

[CollectionDefinition(nameof(FaultsCollection))]
public sealed class FaultsCollection : ICollectionFixture<FaultClusterFixture>;
