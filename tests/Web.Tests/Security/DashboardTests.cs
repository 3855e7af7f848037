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
        using var counters = JsonDocument.Parse(await (await administrator.GetAsync("/dashboard/DashboardCounters")).Content.ReadAsStringAsync());
        var silo = counters.RootElement.GetProperty("hosts")[0].GetProperty("siloAddress").GetString();

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
}
