using CommunityPlanning.Hosting;
using Orleans.Dashboard;

namespace CommunityPlanning.Silo;

/// <summary>A stand-alone silo of a cluster; used by Program and by the cluster tests alike.</summary>
public static class SiloHost
{
    public static IHost Create(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.UseOrleans(silo => silo.AddCommunityPlanning(builder.Configuration).AddDashboard());
        builder.AddSiloMetrics();
        return builder.Build();
    }
}
