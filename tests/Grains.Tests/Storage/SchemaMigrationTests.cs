using CommunityPlanning.Hosting;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Storage;

/// <summary>
/// Numbered migrations: a new database gets them all, once; a database made before they were numbered (kept as a
/// fixture, made by that build with <see cref="StoredWorld"/>) is adopted with its data; a newer one is refused.
/// </summary>
public abstract class SchemaMigrationContract
{
    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    /// <summary>The previous build's database, put where <paramref name="database"/> is.</summary>
    protected abstract Task PlaceFixtureAsync(ITestDatabase database);

    protected static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", name);

    [Fact]
    public async Task A_new_database_gets_every_migration_once()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSchema.EnsureAsync(database.Settings);
        await DatabaseSchema.EnsureAsync(database.Settings);

        var all = DatabaseSchema.Migrations(database.Settings.Provider).Select(m => m.Version).ToList();
        Assert.Equal(all, await DatabaseSchema.AppliedVersionsAsync(database.Settings));
        Assert.Equal(all.Count, Convert.ToInt32(await database.ScalarAsync("SELECT count(*) FROM SchemaVersions")));
    }

    [Fact]
    public async Task The_previous_builds_database_is_upgraded_and_keeps_the_meeting_the_text_and_the_ballots()
    {
        await using var database = await CreateDatabaseAsync();
        await PlaceFixtureAsync(database);
        Assert.Empty(await DatabaseSchema.AppliedVersionsAsync(database.Settings));

        await using var cluster = await AdoNetCluster.StartAsync(database.Settings, StoredWorld.ServiceId); // migrates first
        Assert.Equal(DatabaseSchema.Migrations(database.Settings.Provider).Select(m => m.Version), await DatabaseSchema.AppliedVersionsAsync(database.Settings));
        await StoredWorld.AssertIntactAsync(cluster.Client);
    }

    [Fact]
    public async Task A_database_of_a_newer_build_is_refused_and_left_as_it_is()
    {
        await using var database = await CreateDatabaseAsync();
        await DatabaseSchema.EnsureAsync(database.Settings);
        await database.ScalarAsync("INSERT INTO SchemaVersions (Version, Name, AppliedOn) VALUES (9999, 'from-the-future', '2030-01-01')");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DatabaseSchema.EnsureAsync(database.Settings));

        Assert.Contains("version 9999", refused.Message);
        Assert.Equal(2, Convert.ToInt32(await database.ScalarAsync("SELECT count(*) FROM SchemaVersions")));
    }
}

public sealed class SqliteSchemaMigrationTests : SchemaMigrationContract
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());

    protected override Task PlaceFixtureAsync(ITestDatabase database) =>
        DatabaseBackup.RestoreAsync(database.Settings, Fixture("before-numbered-migrations.db"));
}

public sealed class PostgreSqlSchemaMigrationTests : SchemaMigrationContract
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();

    protected override Task PlaceFixtureAsync(ITestDatabase database) =>
        DatabaseBackup.RestoreAsync(database.Settings, Fixture("before-numbered-migrations.pgdump"));
}
