using System.Net;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Security;

/// <summary>Without <c>Dashboard:Enabled</c> there is no dashboard, not even for an administrator.</summary>
public sealed class DashboardOffTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_dashboard_is_off_unless_enabled()
    {
        using var administrator = await app.SignedInAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync("/dashboard/index.min.js")).StatusCode);
        Assert.DoesNotContain("Orleans Dashboard", await (await administrator.GetAsync("/dashboard/")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("\"hosts\"", await (await administrator.GetAsync("/dashboard/DashboardCounters")).Content.ReadAsStringAsync());
    }
}
