using Microsoft.Data.Sqlite;
using Npgsql;
using System.Data.Common;

namespace CommunityPlanning.Hosting;

/// <summary>
/// Creates the tables and queries the AdoNet providers need, idempotently. Runs at every start (and alone with
/// <c>Silo -- migrate</c>): the scripts only create what is missing and overwrite the stored query texts.
/// </summary>
public static class DatabaseSchema
{
    /// <summary>
    /// The advisory lock every silo of a PostgreSQL deployment takes while applying the script; any constant
    /// works as long as all silos use the same one. (The bytes spell "CPSCHEMA".)
    /// </summary>
    public const long PostgreSqlLockKey = 0x4350_5343_4845_4D41;

    public static Task EnsureAsync(StorageSettings settings, CancellationToken cancellationToken = default)
    {
        var connectionString = settings.ResolveConnectionString();
        return settings.Provider == StorageProvider.Sqlite
            ? EnsureSqliteAsync(connectionString, cancellationToken)
            : EnsurePostgreSqlAsync(connectionString, cancellationToken);
    }

    /// <summary>The SQL script applied for <paramref name="provider"/>, as embedded in this assembly.</summary>
    public static string Script(StorageProvider provider)
    {
        var name = $"CommunityPlanning.Hosting.Sql.{(provider == StorageProvider.Sqlite ? "sqlite" : "postgresql")}.sql";
        using var stream = typeof(DatabaseSchema).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task EnsureSqliteAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // WAL lets grain reads go on while a write commits, and the setting is stored in the file, so the
        // Orleans provider's own connections get it too. It cannot change inside a transaction: set it first.
        // The busy timeout makes a second process starting at the same moment wait instead of failing.
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;", cancellationToken);

        // One immediate (write-locked) transaction: another starter waits, then finds everything present.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, Script(StorageProvider.Sqlite), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task EnsurePostgreSqlAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);

        // DDL is transactional in PostgreSQL, but two concurrent CREATE TABLE IF NOT EXISTS can still collide
        // in the catalog. The transaction-scoped advisory lock queues silos starting together; it is released
        // by the commit (or by the rollback when anything fails), never left behind.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", PostgreSqlLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, Script(StorageProvider.PostgreSql), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
