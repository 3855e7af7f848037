using System.Net;
using System.Net.Sockets;
using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.WorkingGroups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Tests.Storage;

/// <summary>
/// A real silo host configured exactly as production (<see cref="SiloConfiguration.AddCommunityPlanning(ISiloBuilder, IConfiguration)"/>)
/// on a fresh PostgreSQL database: it joins through the membership table, a client finds it there, and it leaves it.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class PostgreSqlClusteringTests : IAsyncLifetime
{
    private const int Active = 3;
    private const int Dead = 6;

    private PostgresTestDatabase database = null!;

    public async Task InitializeAsync() => database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_silo_registers_in_the_membership_table_serves_a_client_and_leaves_as_dead()
    {
        var clusterId = $"cp-test-{Guid.NewGuid():N}";
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var configuration = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = nameof(StorageProvider.PostgreSql),
            ["Storage:ConnectionString"] = database.ConnectionString,
            ["Cluster:ClusterId"] = clusterId,
            ["Cluster:ServiceId"] = clusterId,
            ["Cluster:SiloPort"] = siloPort.ToString(),
            ["Cluster:GatewayPort"] = gatewayPort.ToString(),
        };

        await DatabaseSchema.EnsureAsync(database.Settings);

        var siloBuilder = Host.CreateApplicationBuilder();
        siloBuilder.Configuration.AddInMemoryCollection(configuration);
        siloBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
        siloBuilder.UseOrleans(silo => silo.AddCommunityPlanning(siloBuilder.Configuration));
        using var siloHost = siloBuilder.Build();
        await siloHost.StartAsync();

        try
        {
            Assert.Equal(1L, await database.ScalarAsync(
                $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Status = {Active} " +
                $"AND Address = '127.0.0.1' AND Port = {siloPort} AND ProxyPort = {gatewayPort}"));
            Assert.True(Convert.ToInt32(await database.ScalarAsync(
                $"SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = '{clusterId}'")) >= 1);

            // A client of the cluster finds the gateway through the same table and reaches persistent grains.
            var clientBuilder = Host.CreateApplicationBuilder();
            clientBuilder.Configuration.AddInMemoryCollection(configuration);
            clientBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
            clientBuilder.UseOrleansClient(client => client.AddCommunityPlanning(clientBuilder.Configuration));
            using (var clientHost = clientBuilder.Build())
            {
                await clientHost.StartAsync();
                var grains = clientHost.Services.GetRequiredService<IClusterClient>();
                var groupId = Guid.NewGuid();
                var organizer = Actor.Organizer(Guid.NewGuid(), isAdministrator: false, "Jana");
                await grains.GetGrain<IWorkingGroupGrain>(groupId).Create(organizer, new WorkingGroupDraft("Rodiny", TargetGroup.ChildrenYouthFamilies, null));
                Assert.Equal("Rodiny", (await grains.GetGrain<IWorkingGroupGrain>(groupId).Get()).Name);
                await clientHost.StopAsync();
            }

            Assert.Equal(1L, await database.ScalarAsync("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL AND Version = 1 " +
                $"AND ServiceId = '{clusterId}' AND GrainTypeString LIKE '%orkinggroup%' AND GrainTypeString NOT LIKE '%irectory%'"));
        }
        finally
        {
            await siloHost.StopAsync();
        }

        // A graceful shutdown is a versioned update of the silo's own row.
        Assert.Equal(1L, await database.ScalarAsync(
            $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{clusterId}' AND Port = {siloPort} AND Status = {Dead}"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
