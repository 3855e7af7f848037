using System.Diagnostics;
using CommunityPlanning.Hosting;
using Microsoft.Data.Sqlite;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Storage;

/// <summary>
/// A backup made while the application runs, put back into an empty database: the meeting, the vision's text and the
/// ballots are there (the same tests on SQLite and on PostgreSQL).
/// </summary>
public abstract class BackupContract : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cp-backup-").FullName;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    [Fact]
    public async Task A_backup_taken_while_running_restores_the_meeting_the_text_and_the_ballots()
    {
        await using var original = await CreateDatabaseAsync();
        var backup = Path.Combine(_folder, "communityplanning.backup");
        await using (var running = await AdoNetCluster.StartAsync(original.Settings, StoredWorld.ServiceId))
        {
            await StoredWorld.SeedAsync(running.Client);
            await DatabaseBackup.BackupAsync(original.Settings, backup);
        }

        await using var restored = await CreateDatabaseAsync();
        await DatabaseBackup.RestoreAsync(restored.Settings, backup);
        Assert.Equal([1], await DatabaseSchema.AppliedVersionsAsync(restored.Settings));

        await using var cluster = await AdoNetCluster.StartAsync(restored.Settings, StoredWorld.ServiceId);
        await StoredWorld.AssertIntactAsync(cluster.Client);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

public sealed class SqliteBackupTests : BackupContract
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    /// <summary>
    /// Another process (the application, here a stand-in that only keeps the file open, as an idle application's
    /// pooled connection does) has the database open: restoring is refused and the file stays as it was; once that
    /// process is gone, the same restore goes through and keeps the replaced file beside it. SQLite's locks are per
    /// process, so the holder is a process of its own and this one never opens the file before restoring.
    /// </summary>
    [Fact]
    public async Task Restoring_over_a_database_another_process_has_open_is_refused_and_changes_nothing()
    {
        await using var database = new SqliteTestDatabase();
        await using var other = new SqliteTestDatabase();
        await DatabaseSchema.EnsureAsync(other.Settings);
        var backup = Path.Combine(Path.GetTempPath(), $"cp-backup-{Guid.NewGuid():N}.db");
        await DatabaseBackup.BackupAsync(other.Settings, backup);

        // The previous build's database with a meeting in it, never opened by this process.
        var file = new SqliteConnectionStringBuilder(database.Settings.ResolveConnectionString()).DataSource;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "before-numbered-migrations.db"), file);
        var before = await File.ReadAllBytesAsync(file);
        using (var holder = await OpenElsewhereAsync(file))
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseBackup.RestoreAsync(database.Settings, backup));
            Assert.Contains("in use", refused.Message);
            Assert.Equal(before, await File.ReadAllBytesAsync(file));
            Assert.False(File.Exists(file + ".before-restore"));
            holder.StandardInput.Close();
            await holder.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }

        await DatabaseBackup.RestoreAsync(database.Settings, backup);
        Assert.Equal(before, await File.ReadAllBytesAsync(file + ".before-restore"));
        Assert.Equal(0L, await database.ScalarAsync("SELECT count(*) FROM OrleansStorage"));
        File.Delete(backup);
    }

    /// <summary>A process that opens the file, reads it, says so, and keeps it open until its input closes.</summary>
    private static async Task<Process> OpenElsewhereAsync(string file)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM sqlite_master').fetchall(); print('open', flush=True); sys.stdin.read()");
        start.ArgumentList.Add(file);
        var process = Process.Start(start)!;
        Assert.Equal("open", await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30)));
        return process;
    }
}

public sealed class PostgreSqlBackupTests : BackupContract
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
