using CommunityPlanning.Hosting;
using CommunityPlanning.Web.Common;
using Orleans.Dashboard;

namespace CommunityPlanning.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Embedded: a co-hosted silo (SQLite by default). Client: connects to the PostgreSQL-clustered silos.</summary>
    public static WebApplicationBuilder AddOrleans(this WebApplicationBuilder builder)
    {
        var settings = HostingSettings.From(builder.Configuration);
        if (settings.Mode == HostingMode.Embedded)
        {
            builder.UseOrleans(silo => silo.AddCommunityPlanning(builder.Configuration).AddDashboard());
        }
        else
        {
            builder.UseOrleansClient(client => client.AddCommunityPlanning(builder.Configuration).AddDashboard()
                .AddClusterConnectionStatusObserver<ClusterChanges>());
        }

        return builder;
    }
}
