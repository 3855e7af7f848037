using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CommunityPlanning.Hosting;

/// <summary>
/// A copy of everything stored (grain state, edit logs, cluster tables), and putting one back. SQLite is copied with
/// its online backup, consistent while the application runs; PostgreSQL with <c>pg_dump</c> (custom format) and put
/// back with <c>pg_restore</c>, both from the server's client tools. The commands: <c>backup FILE</c> and
/// <c>restore FILE</c> of Web and Silo (docs/operations.md).
/// </summary>
public static class DatabaseBackup
{
    public static async Task BackupAsync(StorageSettings settings, string file, CancellationToken cancellationToken = default)
    {
        file = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (settings.Provider == StorageProvider.Sqlite)
        {
            File.Delete(file);
            await using var source = new SqliteConnection(settings.ResolveConnectionString());
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return;
        }

        await RunAsync("pg_dump", settings, ["--format=custom", "--no-owner", $"--file={file}"], cancellationToken);
    }

    /// <summary>
    /// Replaces what is stored with the backup in <paramref name="file"/>; the application must be stopped. The SQLite
    /// file it replaces is kept beside it (<c>.before-restore</c>); PostgreSQL's objects are dropped and made again.
    /// </summary>
    public static async Task RestoreAsync(StorageSettings settings, string file, CancellationToken cancellationToken = default)
    {
        file = Path.GetFullPath(file);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No backup at {file}.", file);
        }

        if (settings.Provider == StorageProvider.Sqlite)
        {
            var database = new SqliteConnectionStringBuilder(settings.ResolveConnectionString()).DataSource;
            SqliteConnection.ClearAllPools(); // this process's own idle connections would hide another's
            await EnsureNotInUseAsync(database, cancellationToken);
            if (File.Exists(database))
            {
                File.Move(database, database + ".before-restore", overwrite: true);
            }

            foreach (var companion in new[] { "-wal", "-shm" })
            {
                File.Delete(database + companion);
            }

            File.Copy(file, database);
            return;
        }

        await RunAsync("pg_restore", settings, ["--clean", "--if-exists", "--no-owner", "--single-transaction", $"--dbname={Database(settings)}", file], cancellationToken);
    }

    /// <summary>
    /// In WAL mode the exclusive locking mode is refused while any other connection has the file open (each holds
    /// the shared-memory file), idle or not; so this fails while the application runs.
    /// </summary>
    private static async Task EnsureNotInUseAsync(string database, CancellationToken cancellationToken)
    {
        if (!File.Exists(database))
        {
            return;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false, DefaultTimeout = 1 }.ToString());
        await connection.OpenAsync(cancellationToken);
        try
        {
            // One statement per command: in one command text a busy BEGIN was not reported.
            foreach (var sql in new[] { "PRAGMA busy_timeout = 0", "PRAGMA locking_mode = EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT count(*) FROM sqlite_master", "ROLLBACK" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteScalarAsync(cancellationToken);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            throw new InvalidOperationException($"{database} is in use: stop the application before restoring.", e);
        }
    }

    private static string Database(StorageSettings settings) => new NpgsqlConnectionStringBuilder(settings.ResolveConnectionString()).Database
        ?? throw new InvalidOperationException("Storage:ConnectionString names no database.");

    /// <summary>Runs a PostgreSQL client tool with the connection's host, port, user and password in its environment.</summary>
    private static async Task RunAsync(string tool, StorageSettings settings, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.ResolveConnectionString());
        var start = new ProcessStartInfo(ToolPath(tool)) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (tool == "pg_dump")
        {
            start.ArgumentList.Add(Database(settings));
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {(await errors).Trim()}");
        }
    }

    /// <summary>On PATH, else the newest of Debian's per-version folders (the server package does not link them).</summary>
    private static string ToolPath(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(dir => int.TryParse(Path.GetFileName(dir), out _))
                .OrderBy(dir => int.Parse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture))
                .Select(dir => Path.Combine(dir, "bin", tool)).LastOrDefault(File.Exists)
            : null;
        return debian ?? throw new InvalidOperationException($"{tool} is not installed (Debian: apt-get install postgresql-client).");
    }
}
