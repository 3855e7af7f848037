using System.Diagnostics;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// Security issue 18: every HTTP endpoint and every MeetingHub method, called by every role, answers as
/// <see cref="AuthorizationTable"/> says; a refused call changes nothing; nothing is left out of the table.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixFixture app, ITestOutputHelper output) : IClassFixture<AuthorizationMatrixFixture>
{
    [Fact]
    public async Task Every_endpoint_answers_every_role_as_the_table_says()
    {
        var endpoints = HttpMatrix.Endpoints(app.Host.Services);
        var rows = HttpExercises.All
            .Where(e => endpoints.ContainsKey(e.Key) && AuthorizationTable.Rows.ContainsKey(e.Key))
            .Select(e => HttpMatrix.Row(e.Key, endpoints[e.Key], e.Value));

        await RunAsync(HttpMatrix.CoverageProblems(endpoints), rows);
    }

    [Fact]
    public async Task Every_hub_method_answers_every_role_as_the_table_says()
    {
        var methods = HubMatrix.Methods();
        var rows = HubExercises.All
            .Where(e => methods.Contains(e.Key) && AuthorizationTable.Rows.ContainsKey(e.Key))
            .Select(e => HubMatrix.Row(e.Key, e.Value));

        await RunAsync(HubMatrix.CoverageProblems(methods), rows);
    }

    /// <summary>Runs every row and fails once, listing every wrong cell (and what the table misses) together.</summary>
    private async Task RunAsync(IEnumerable<string> coverageProblems, IEnumerable<MatrixRow> rows)
    {
        var (cast, shared) = await app.SetUpAsync();
        var runner = new MatrixRunner(cast, shared);
        var rowList = rows.ToList();
        var clock = Stopwatch.StartNew();
        await runner.RunAsync(rowList);
        output.WriteLine($"{rowList.Count} rows × {Roles.All.Length} roles = {runner.Cells} cells in {clock.Elapsed.TotalSeconds:F1} s");

        var failures = coverageProblems.Concat(runner.Failures.Order()).ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} problems:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
    }
}
