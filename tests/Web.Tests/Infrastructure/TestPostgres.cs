namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>The PostgreSQL server the test command starts (scripts/start-postgres.sh).</summary>
public static class TestPostgres
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CP_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "CP_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL and sets it.");
}
