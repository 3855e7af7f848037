using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Faults;

/// <summary>
/// A meeting whose vision section is typed in by writers spread over both web servers (real SignalR clients speaking
/// the browser's protocol, <see cref="TestEditor.Resilient"/>), while a test breaks the cluster under them; then the
/// checks every fault test makes: no acknowledged edit lost, none twice, every client and both web servers on the same
/// text. Recovery times are printed, not asserted (docs/performance.md).
/// </summary>
public sealed class FaultScenario : IAsyncDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(45);
    private readonly ProcessCluster _cluster;
    private readonly ITestOutputHelper _output;
    private readonly ApiClient _organizer;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _typing = [];
    private readonly List<TestEditor> _writers = [];

    private FaultScenario(ProcessCluster cluster, ITestOutputHelper output, ApiClient organizer, Guid meetingId, Guid documentId, Guid sectionId, string initialText)
    {
        (_cluster, _output, _organizer) = (cluster, output, organizer);
        (MeetingId, DocumentId, SectionId, InitialText) = (meetingId, documentId, sectionId, initialText);
    }

    public Guid MeetingId { get; }

    public Guid DocumentId { get; }

    public Guid SectionId { get; }

    public string InitialText { get; }

    public List<TestEditor> Editors { get; } = [];

    /// <param name="editors">Participants, alternately on web server 0 and 1.</param>
    public static async Task<FaultScenario> StartAsync(ProcessCluster cluster, ITestOutputHelper output, int editors)
    {
        var organizer = new ApiClient(cluster.WebServers[0]);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Senioři", "Senioři žijí doma, dokud chtějí."));
        var section = document.Sections.Single();
        var scenario = new FaultScenario(cluster, output, organizer, meeting.Id, document.Id, section.Id, section.Text);
        using var visitor = new ApiClient(cluster.WebServers[1]);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        var joined = new List<JoinResult>();
        for (var i = 0; i < editors; i++)
        {
            // One after another: the client's antiforgery token is fetched on its first request.
            joined.Add(await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = $"Pisatel {i + 1}" }));
        }

        for (var i = 0; i < editors; i++)
        {
            var home = cluster.WebServers[i % cluster.WebServers.Count];
            scenario.Editors.Add(new TestEditor(home, meeting.Id, joined[i].Ticket, section.Id, $"w{i}")
            {
                Resilient = true,
                Servers = [home, .. cluster.WebServers.Where(s => s != home)],
            });
        }

        await Task.WhenAll(scenario.Editors.Select(e => e.ConnectAsync()));
        return scenario;
    }

    /// <summary>The writers type one character about every <paramref name="pause"/>, each waiting for its edits to come back.</summary>
    public void StartTyping(IEnumerable<TestEditor> writers, TimeSpan pause)
    {
        foreach (var (writer, seed) in writers.Select((w, i) => (w, i)))
        {
            _writers.Add(writer);
            _typing.Add(Task.Run(async () =>
            {
                var random = new Random(seed);
                while (!_stop.IsCancellationRequested && writer.Failure is null)
                {
                    writer.TypeRandomly(random);
                    await Task.Delay(pause); // a person's pace: keystrokes meanwhile compose into one edit
                }
            }));
        }
    }

    /// <summary>Waits until every writer has had <paramref name="count"/> more edits acknowledged after <paramref name="since"/>.</summary>
    public async Task AcknowledgedAfterAsync(DateTime since, int count, TimeSpan timeout) =>
        await Eventually.TrueAsync(() => Failures() is not null || Writers().All(w => w.Acknowledged.Count(a => a.At > since) >= count), timeout);

    /// <summary>
    /// For each writer, the longest time after <paramref name="fault"/> without an acknowledgement (from the fault to
    /// the first, or between two): how long its typing stood still; printed.
    /// </summary>
    public TimeSpan Recovery(string what, DateTime fault)
    {
        var stalls = Writers().Select(w =>
        {
            var times = w.Acknowledged.Select(a => a.At).Where(at => at > fault).Prepend(fault).ToList();
            return times.Zip(times.Skip(1), (a, b) => b - a).Max();
        }).ToList();
        var worst = stalls.Max();
        _output.WriteLine($"{what}: longest wait for an acknowledgement per writer {string.Join(", ", stalls.Select(t => $"{t.TotalSeconds:0.00} s"))}; slowest {worst.TotalSeconds:0.00} s");
        return worst;
    }

    /// <summary>
    /// Stops typing and checks the promise: every acknowledged edit is in the section's history exactly once, no
    /// operation id twice, the history replayed is the text, and every editor and both web servers hold that text.
    /// </summary>
    public async Task AssertNothingLostAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_typing);
        Assert.Null(Failures());
        await Task.WhenAll(Editors.Select(e => e.WhenSettledAsync().WaitAsync(Settle)));
        Assert.Null(Failures());

        var views = new List<(Uri Server, DocumentSnapshot Snapshot, List<TextEditedMessage> History)>();
        foreach (var server in _cluster.WebServers)
        {
            await using var reader = await LiveClient.ConnectAsync(server, _organizer.Cookies);
            await reader.JoinAsync(MeetingId);
            var snapshot = await reader.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), MeetingId);
            var history = await reader.Connection.InvokeAsync<List<TextEditedMessage>>(nameof(MeetingHub.GetEdits), MeetingId, new EditsRequest(SectionId, 0));
            views.Add((server, snapshot, history));
        }

        var (_, first, log) = views[0];
        var text = first.Sections.Single().Text;
        var revision = first.Sections.Single().Revision;
        Assert.All(views, v => Assert.Equal((text, revision), (v.Snapshot.Sections.Single().Text, v.Snapshot.Sections.Single().Revision)));
        Assert.Equal(Enumerable.Range(1, (int)revision).Select(r => (long)r), log.Select(e => e.Revision));
        Assert.Equal(text, log.Aggregate(InitialText, (t, e) => e.Operation.Apply(t)));

        var duplicated = log.GroupBy(e => e.ClientOpId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var logged = log.Select(e => e.ClientOpId).ToHashSet();
        var acknowledged = Editors.SelectMany(e => e.Acknowledged).Select(a => a.ClientOpId).ToList();
        var lost = acknowledged.Where(id => !logged.Contains(id)).ToList();
        _output.WriteLine($"{acknowledged.Count} edits acknowledged, {log.Count} in the history; lost {lost.Count}, duplicated {duplicated.Count}");
        Assert.Empty(lost);
        Assert.Empty(duplicated);

        // Every client converges: the events after the fault reach everyone (the relays resubscribed).
        await Eventually.TrueAsync(() => Editors.All(e => e.Revision == revision && e.Text == text), Settle);
    }

    public string? Failures() => Editors.Select(e => e.Failure?.ToString()).FirstOrDefault(f => f is not null);

    private IEnumerable<TestEditor> Writers() => _writers;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_typing);
        await Task.WhenAll(Editors.Select(e => e.DisposeAsync().AsTask()));
        _organizer.Dispose();
        _stop.Dispose();
    }
}
