using CommunityPlanning.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CommunityPlanning.Tests.Storage;

/// <summary>A database that exists for one test and is gone afterwards.</summary>
public interface ITestDatabase : IAsyncDisposable
{
    StorageSettings Settings { get; }

    /// <summary>Runs a scalar query against the database (for checking what the providers wrote).</summary>
    Task<object?> ScalarAsync(string sql);
}

/// <summary>A SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteTestDatabase : ITestDatabase
{
    private readonly string folder = Directory.CreateTempSubdirectory("cp-storage-").FullName;

    public StorageSettings Settings => new() { Provider = StorageProvider.Sqlite, DataDirectory = folder };

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(Settings.ResolveConnectionString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm companions) open.
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A fresh PostgreSQL database with a random name on the server named by <c>CP_TEST_POSTGRES</c>, dropped on
/// dispose. The variable is required: these tests fail rather than skip without a server.
/// </summary>
public sealed class PostgresTestDatabase : ITestDatabase
{
    public const string Variable = "CP_TEST_POSTGRES";

    private readonly string serverConnectionString;
    private readonly string name;

    private PostgresTestDatabase(string serverConnectionString, string name)
    {
        this.serverConnectionString = serverConnectionString;
        this.name = name;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;

    public StorageSettings Settings => new() { Provider = StorageProvider.PostgreSql, ConnectionString = ConnectionString };

    public static string ServerConnectionString() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. The PostgreSQL storage tests need a server: run scripts/start-postgres.sh and " +
                $"export {Variable}='<the connection string it prints>' (the role must be allowed to CREATE DATABASE).");

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString();
        var database = new PostgresTestDatabase(server, $"cp_test_{Guid.NewGuid():N}");
        await database.ExecuteOnServerAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE ends connections a stopped silo may still hold.
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
