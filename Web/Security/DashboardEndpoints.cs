using Orleans.Dashboard;

namespace CommunityPlanning.Web.Security;

public static class DashboardEndpoints
{
    /// <summary>The Orleans dashboard at <c>/dashboard</c> when switched on, for administrators only.</summary>
    public static void MapDashboard(this WebApplication app)
    {
        if (!DashboardSettings.From(app.Configuration).Enabled)
        {
            return;
        }

        app.MapOrleansDashboard(routePrefix: DashboardSettings.Path)
            .RequireAuthorization(AdministratorPolicy.Name)
            .AddEndpointFilter<DashboardSiloFilter>();
    }
}
