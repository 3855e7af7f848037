using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

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
    public async Task A_scraper_with_the_token_sees_the_edits_counted_and_timed_and_the_relay_rounds_move()
    {
        using var scraper = app.NewClient();
        scraper.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token);
        var first = await ScrapeAsync(scraper);
        var before = EditsAcknowledged(first);
        var roundsBefore = Sum(DocumentRounds(), first);

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
        // Each acknowledged edit went out to the document's connections in a round of the relay first.
        await EventuallyAsync(async () => Sum(DocumentRounds(), text = await ScrapeAsync(scraper)) >= roundsBefore + 10);
        Assert.Matches(@"(?m)^cp_relay_outbox_queued\{[^}]*kind=""document""[^}]*\} ", text);
        Assert.Matches(@"(?m)^cp_relay_queues_dropped_total\{[^}]*kind=""document""[^}]*\} ", text);
        Assert.Matches(@"(?m)^cp_relay_resyncs_total\{[^}]*kind=""meeting""[^}]*\} ", text);
        Assert.Contains("cp_relay_documents", text);
        Assert.Contains("signalr_server_active_connections", text);
    }

    [Fact]
    public async Task A_client_that_joins_again_after_losing_its_connection_is_counted_as_a_failover()
    {
        using var scraper = app.NewClient();
        scraper.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MetricsAppFixture.Token);
        var before = Sum(Rejoins(), await ScrapeAsync(scraper));
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Petr Svoboda");

        await using (var first = await LiveClient.ConnectAsync(app.Host.BaseUri))
        {
            await first.JoinAsync(meeting.Id, joined.Ticket);
        }

        await using var again = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await again.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meeting.Id, joined.Ticket, Rejoin: true));

        await EventuallyAsync(async () => Sum(Rejoins(), await ScrapeAsync(scraper)) == before + 1);
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

    private static long EditsAcknowledged(string scrape) => Sum(EditCounter(), scrape);

    private static long Sum(Regex series, string scrape) => series.Matches(scrape)
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

    [GeneratedRegex(@"^cp_relay_rounds_total\{[^}]*kind=""document""[^}]*\} (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex DocumentRounds();

    [GeneratedRegex(@"^cp_meeting_rejoins_total(\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Rejoins();

    [GeneratedRegex(@"^cp_hub_calls_total\{[^}]*method=""SubmitEdit""[^}]*outcome=""ok""[^}]*\} (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex EditCounter();
}
