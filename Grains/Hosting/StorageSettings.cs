namespace CommunityPlanning.Hosting;

public enum StorageProvider
{
    /// <summary>One file, one process: the default for a single machine.</summary>
    Sqlite,

    /// <summary>A shared server: required for a cluster of several silos and web servers.</summary>
    PostgreSql,
}

/// <summary>Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageSettings
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the SQLite file (relative to the working directory unless rooted).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>PostgreSQL connection string; for SQLite it overrides the file in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The Orleans AdoNet invariant name. Orleans 10.4 knows SQLite only as "System.Data.SQLite" and serves that
    /// name with Microsoft.Data.Sqlite's factory; "Microsoft.Data.Sqlite" itself is not a known invariant there.
    /// </summary>
    public string Invariant => Provider == StorageProvider.Sqlite ? "System.Data.SQLite" : "Npgsql";

    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == StorageProvider.PostgreSql)
        {
            throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL.");
        }

        Directory.CreateDirectory(DataDirectory);
        return $"Data Source={Path.GetFullPath(Path.Combine(DataDirectory, "communityplanning.db"))}";
    }
}
