namespace CommunityPlanning.Web.Security;

/// <summary>Bound from the <c>Dashboard</c> section: the Orleans dashboard at <c>/dashboard</c>, for administrators.</summary>
public sealed class DashboardSettings
{
    public const string Section = "Dashboard";
    public const string Path = "/dashboard";

    public static DashboardSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DashboardSettings>() ?? new DashboardSettings();

    /// <summary>
    /// Off unless switched on: the dashboard shows every grain type and silo, streams the log and reads grains'
    /// state, more than an organizer needs and more code answering requests.
    /// </summary>
    public bool Enabled { get; set; }
}
