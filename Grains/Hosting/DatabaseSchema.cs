using Microsoft.Data.Sqlite;
using Npgsql;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityPlanning.Hosting;

/// <summary>
/// Brings the database to the schema this build needs, at every start (and alone with <c>Silo -- migrate</c>):
/// the numbered migrations in <c>Hosting/Sql</c> (<c>{provider}-{version}-{name}.sql</c>) not yet recorded in
/// <c>SchemaVersions</c> are applied in order, each with its record, in one transaction. A database made by a newer
/// build is refused rather than written with an older one's idea of the schema.
/// </summary>
public static partial class DatabaseSchema
{
    /// <summary>
    /// The advisory lock every silo of a PostgreSQL deployment takes while migrating; any constant works as long as
    /// all silos use the same one. (The bytes spell "CPSCHEMA".)
    /// </summary>
    public const long PostgreSqlLockKey = 0x4350_5343_4845_4D41;

    private const string VersionsTable = """
        CREATE TABLE IF NOT EXISTS SchemaVersions
        (
            Version   INTEGER NOT NULL PRIMARY KEY,
            Name      TEXT    NOT NULL,
            AppliedOn TEXT    NOT NULL
        );
        """;

    public sealed record Migration(int Version, string Name, string Sql);

    /// <summary>The migrations of <paramref name="provider"/>, as embedded in this assembly, in order.</summary>
    public static IReadOnlyList<Migration> Migrations(StorageProvider provider)
    {
        var prefix = $"CommunityPlanning.Hosting.Sql.{(provider == StorageProvider.Sqlite ? "sqlite" : "postgresql")}-";
        var assembly = typeof(DatabaseSchema).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                var match = MigrationName().Match(name[prefix.Length..]);
                if (!match.Success)
                {
                    throw new InvalidOperationException($"Migration {name} is not named {{provider}}-{{version}}-{{name}}.sql.");
                }

                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return new Migration(int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture), match.Groups["name"].Value, reader.ReadToEnd());
            })
            .OrderBy(m => m.Version)];
    }

    /// <summary>The versions recorded in the database, or none before its first migration.</summary>
    public static async Task<IReadOnlyList<int>> AppliedVersionsAsync(StorageSettings settings, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(settings, cancellationToken);
        await ExecuteAsync(connection, null, VersionsTable, cancellationToken);
        return await AppliedAsync(connection, null, cancellationToken);
    }

    public static async Task EnsureAsync(StorageSettings settings, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(settings, cancellationToken);
        if (settings.Provider == StorageProvider.Sqlite)
        {
            // WAL lets grain reads go on while a write commits, and the setting is stored in the file, so the
            // Orleans provider's own connections get it too. It cannot change inside a transaction: set it first.
            // The busy timeout makes a second process starting at the same moment wait instead of failing.
            await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;", cancellationToken);
        }

        // SQLite: an immediate (write-locked) transaction, so another starter waits and then finds everything applied.
        // PostgreSQL: DDL is transactional, but two concurrent CREATE TABLE IF NOT EXISTS can still collide in the
        // catalog; the transaction-scoped advisory lock queues silos starting together and ends with the transaction.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (connection is NpgsqlConnection)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgreSqlLockKey})", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, VersionsTable, cancellationToken);
        var applied = await AppliedAsync(connection, transaction, cancellationToken);
        var migrations = Migrations(settings.Provider);
        var newest = migrations[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new InvalidOperationException(
                $"The database's schema is at version {applied.Max()}, newer than this build knows (version {newest}): run the newer build, or restore a backup made before the upgrade.");
        }

        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO SchemaVersions (Version, Name, AppliedOn) VALUES (@version, @name, @at)";
            AddParameter(record, "version", migration.Version);
            AddParameter(record, "name", migration.Name);
            AddParameter(record, "at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<DbConnection> OpenAsync(StorageSettings settings, CancellationToken cancellationToken)
    {
        var connectionString = settings.ResolveConnectionString();
        DbConnection connection = settings.Provider == StorageProvider.Sqlite
            ? new SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task<IReadOnlyList<int>> AppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT Version FROM SchemaVersions ORDER BY Version";
        var versions = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^(?<version>\d{4})-(?<name>[a-z0-9-]+)\.sql$")]
    private static partial Regex MigrationName();
}
