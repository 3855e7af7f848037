using System.Net;
using System.Net.Sockets;
using CommunityPlanning.Hosting;
using CommunityPlanning.Silo;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CommunityPlanning.Web.Tests.Hosting;

/// <summary>
/// <c>Cluster:AdvertisedAddress</c>: the address a silo announces in the membership table and listens on, so silos
/// and web servers may run on several machines. A second loopback address (127.0.0.2) stands for another machine's.
/// </summary>
public sealed class SiloAddressTests
{
    [Fact]
    public async Task A_silo_announces_and_listens_on_the_configured_address_and_a_web_server_reaches_it_there()
    {
        var clusterId = $"address-{Guid.NewGuid():N}";
        var common = await WebCluster.CommonArgumentsAsync(clusterId);
        var (siloPort, gatewayPort) = (FreePort.Next(), FreePort.Next());
        using var silo = SiloHost.Create([.. common, "--Cluster:AdvertisedAddress=127.0.0.2", $"--Cluster:SiloPort={siloPort}", $"--Cluster:GatewayPort={gatewayPort}"]);
        await silo.StartAsync();
        try
        {
            Assert.Equal(("127.0.0.2", siloPort, (int?)gatewayPort), Assert.Single(await MembershipRowsAsync(clusterId)));
            // Bound to that address only: the default loopback address is not served.
            await Assert.ThrowsAsync<SocketException>(() => ConnectAsync(IPAddress.Loopback, gatewayPort));
            await ConnectAsync(IPAddress.Parse("127.0.0.2"), gatewayPort);

            // A web server's cluster client finds the gateway in the table, at that address, and calls through it.
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddCommandLine(common);
            builder.UseOrleansClient(client => client.AddCommunityPlanning(builder.Configuration));
            using var client = builder.Build();
            await client.StartAsync();
            var hosts = await client.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            Assert.Equal(IPAddress.Parse("127.0.0.2"), Assert.Single(hosts).Key.Endpoint.Address);
            await client.StopAsync();
        }
        finally
        {
            await silo.StopAsync();
        }
    }

    [Theory]
    [InlineData("silo.example.cz")]
    [InlineData("0.0.0.0")]
    public void An_address_other_machines_cannot_reach_is_refused_at_start_naming_the_setting(string address)
    {
        var settings = new ClusterSettings { AdvertisedAddress = address };
        var error = Assert.Throws<InvalidOperationException>(settings.ResolveAdvertisedAddress);
        Assert.Contains("Cluster:AdvertisedAddress", error.Message, StringComparison.Ordinal);
    }

    private static async Task ConnectAsync(IPAddress address, int port)
    {
        using var socket = new TcpClient();
        await socket.ConnectAsync(address, port);
    }

    private static async Task<List<(string Address, int Port, int? ProxyPort)>> MembershipRowsAsync(string clusterId)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT Address, Port, ProxyPort FROM OrleansMembershipTable WHERE DeploymentId = @id", connection);
        command.Parameters.AddWithValue("id", clusterId);
        var rows = new List<(string, int, int?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetInt32(2)));
        }

        return rows;
    }
}
