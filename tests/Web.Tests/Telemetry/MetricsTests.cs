using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Telemetry;

/// <summary>The application with a scraper's token configured (only its SHA-256).</summary>
public sealed class MetricsAppFixture() : EmbeddedAppFixture([$"--Metrics:TokenSha256={Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(MetricsAppFixture.Token)))}"])
{
    public const string Token = "prometheus-scraper-token-of-the-town";
}

/// <summary>
/// It runs alone: OpenTelemetry merges the instruments of every application in the process that share a meter's name,
/// and another test's application disposing its meter would end the merged stream this one records into (one
/// application per process, as deployed, never meets this).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}

/// <summary>Prometheus scrapes /metrics with the configured bearer token and sees typing move the edit counter.</summary>
[Collection(MetricsCollection.Name)]
public sealed partial class MetricsTests(MetricsAppFixture app) : IClassFixture<MetricsAppFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_scraper_with_the_token_sees_the_edits_counted_and_timed()
    {
        using var scraper = app.NewClient();
        scraper.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token);
        var before = EditsAcknowledged(await ScrapeAsync(scraper));

        using var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, [("Dostupnost", "Vize: ")]);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        await using var editor = new TestEditor(app.Host.BaseUri, meeting.Id, joined.Ticket, document.Sections[0].Id, "metrics");
        await editor.ConnectAsync();
        var random = new Random(23);
        for (var i = 0; i < 10; i++)
        {
            editor.TypeRandomly(random);
            await editor.WhenSettledAsync().WaitAsync(Timeout);
        }

        // Each keystroke here waited for its acknowledgement, so each was one SubmitEdit call.
        string text = "";
        await EventuallyAsync(async () => EditsAcknowledged(text = await ScrapeAsync(scraper)) >= before + 10);
        Assert.Matches(DurationCount("SubmitEdit"), text);
        Assert.Contains("cp_relay_documents", text);
        Assert.Contains("signalr_server_active_connections", text);
    }

    [Fact]
    public async Task A_wrong_token_or_none_is_refused()
    {
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);

        using var wrong = app.NewClient();
        wrong.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/metrics")).StatusCode);
    }

    private static async Task<string> ScrapeAsync(ApiClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static long EditsAcknowledged(string scrape) => EditCounter().Matches(scrape)
        .Sum(m => (long)double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    private static Regex DurationCount(string method) => new($@"cp_hub_call_duration_seconds_count\{{[^}}]*method=""{method}""[^}}]*\}} [1-9]");

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (!await condition())
        {
            await Task.Delay(200, cancel.Token); // the exporter answers a scrape from a cache refreshed at most this often
        }
    }

    [GeneratedRegex(@"^cp_hub_calls_total\{[^}]*method=""SubmitEdit""[^}]*outcome=""ok""[^}]*\} (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex EditCounter();
}
