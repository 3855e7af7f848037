using Microsoft.Extensions.Configuration;

namespace CommunityPlanning.Hosting;

public static class ConfigurationExtensions
{
    public static StorageSettings GetStorageSettings(this IConfiguration configuration) =>
        configuration.GetSection(StorageSettings.Section).Get<StorageSettings>() ?? new StorageSettings();

    public static ClusterSettings GetClusterSettings(this IConfiguration configuration) =>
        configuration.GetSection(ClusterSettings.Section).Get<ClusterSettings>() ?? new ClusterSettings();

    /// <summary>The schema must exist before a silo (or a client reading the membership table) starts.</summary>
    public static Task EnsureDatabaseAsync(this IConfiguration configuration, CancellationToken cancellationToken = default) =>
        DatabaseSchema.EnsureAsync(configuration.GetStorageSettings(), cancellationToken);
}
