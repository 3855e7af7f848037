using System.Net;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Security;

/// <summary>The Orleans dashboard, switched on: malformed requests are refused, not failures of the server.</summary>
public sealed class DashboardTests(DashboardAppFixture app) : IClassFixture<DashboardAppFixture>
{
    private static readonly string[] SiloPages = ["SiloProperties", "SiloCounters", "HistoricalStats", "SiloStats"];

    [Fact]
    public async Task The_silo_pages_answer_for_the_running_silo_and_not_found_for_any_other_address()
    {
        using var administrator = await app.SignedInAdminAsync();
        var silo = await RunningSiloAsync(administrator);

        foreach (var page in SiloPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/dashboard/{page}/{silo}")).StatusCode);
            // Malformed (the grain that parses it failed to activate: 500), and well-formed but of no silo.
            foreach (var address in new[] { "x", "127.0.0.1:1@1" })
            {
                Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound), await ApiClient.ErrorOf(await administrator.GetAsync($"/dashboard/{page}/{address}")));
            }
        }
    }

    /// <summary>
    /// The running silo's address as the dashboard lists it. The dashboard gathers its counters on a timer, so right
    /// after the start its list may still be empty: asked again until it names one, within the live timeout.
    /// </summary>
    private static async Task<string> RunningSiloAsync(ApiClient administrator)
    {
        using var timeout = new CancellationTokenSource(LiveClient.Timeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            using var counters = JsonDocument.Parse(await (await administrator.GetAsync("/dashboard/DashboardCounters")).Content.ReadAsStringAsync());
            if (counters.RootElement.GetProperty("hosts") is { ValueKind: JsonValueKind.Array } hosts && hosts.GetArrayLength() > 0)
            {
                return hosts[0].GetProperty("siloAddress").GetString()!;
            }
        }
        while (await ticks.WaitForNextTickAsync(timeout.Token));

        throw new TimeoutException("The dashboard listed no silo.");
    }
}
