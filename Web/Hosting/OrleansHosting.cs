using CommunityPlanning.Hosting;
using Orleans.Dashboard;

namespace CommunityPlanning.Web.Hosting;

public static class OrleansHosting
{
    /// <summary>Embedded: a co-hosted silo (SQLite by default). Client: connects to the PostgreSQL-clustered silos.</summary>
    public static WebApplicationBuilder AddOrleans(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(HostingSettings.Section).Get<HostingSettings>() ?? new HostingSettings();
        if (settings.Mode == HostingMode.Embedded)
        {
            builder.UseOrleans(silo => silo.AddCommunityPlanning(builder.Configuration).AddDashboard());
        }
        else
        {
            builder.UseOrleansClient(client => client.AddCommunityPlanning(builder.Configuration).AddDashboard());
        }

        return builder;
    }

    /// <summary>The database schema must exist before the silo (or the client's membership reader) starts.</summary>
    public static async Task EnsureDatabaseAsync(this WebApplication app)
    {
        var storage = app.Configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();
        await DatabaseSchema.EnsureAsync(storage);
    }
}
