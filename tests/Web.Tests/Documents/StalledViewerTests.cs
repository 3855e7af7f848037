using System.Diagnostics;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>
/// A viewer that stops reading its socket (a frozen tab) while others write: the relay must not wait for it nor
/// keep its backlog, and must catch it up with a snapshot when it reads again.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class StalledViewerTests(SmallOutboxApp app, ITestOutputHelper output) : IClassFixture<SmallOutboxApp>
{
    /// <summary>Large blocks fill the socket buffers in a few dozen rounds, well inside the section limit.</summary>
    private const int Block = 8_000;
    private const int MaxText = 60_000;
    private const int ReceiveBuffer = 4_096;
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_viewer_that_stops_reading_holds_up_no_one_costs_at_most_the_bound_and_is_caught_up_by_a_snapshot()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Uživatelé služeb v sociální oblasti", "Vize: "));
        var sectionId = document.Sections[0].Id;
        var grain = app.Host.Grains.GetGrain<IVisionDocumentGrain>(document.Id);
        var relay = app.Host.Services.GetRequiredService<DocumentRelay>();
        using var visitor = app.NewClient();
        async Task<string> Ticket(MeetingRole role, string name) => (await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, role, name)).Ticket;

        var writers = new List<TestEditor>();
        for (var i = 0; i < 2; i++)
        {
            writers.Add(new TestEditor(app.Host.BaseUri, meeting.Id, await Ticket(MeetingRole.Participant, $"Pisatel {i}"), sectionId, $"w{i}"));
            await writers[i].ConnectAsync();
        }

        await using var reading = await TestViewer.OpenAsync(app.Host.BaseUri, meeting.Id, await Ticket(MeetingRole.Observer, "Čte"));
        await using var stalled = await RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer);
        var stalledLog = await OpenAsViewerAsync(stalled, meeting.Id, await Ticket(MeetingRole.Observer, "Nečte"));
        var stall = new Stopwatch();
        ConnectionOutbox? StalledOutbox() => relay.Outboxes(document.Id).SingleOrDefault(o => o.ConnectionId == stalled.ConnectionId);
        // SignalR closes a connection whose send waited 10 s (TransportSendTimeout): the test must resume before.
        void AssertStillConnected() => Assert.True(StalledOutbox() is not null, $"SignalR closed the stalled connection after {stall.Elapsed}");

        var stoppedAt = writers.Max(w => w.Revision);
        stall.Start();
        stalled.StopReading();
        using (var stop = new CancellationTokenSource())
        {
            var writing = writers.Select((w, i) => WriteBlocksAsync(w, new Random(i), _ => !stop.IsCancellationRequested)).ToList();
            await Eventually.TrueAsync(() => StalledOutbox() is not { Dropped: 0 } || writers.Any(w => w.Failure is not null), Settling);
            AssertStillConnected();
            // A few rounds more, which it must never get one by one: its snapshot will hold them (few: see above).
            var droppedAt = writers.Max(w => w.Revision);
            await Eventually.TrueAsync(() => writers.All(w => w.Revision >= droppedAt + 4 || w.Failure is not null), Settling);
            await stop.CancelAsync();
            await Task.WhenAll(writing);
        }

        Assert.All(writers, w => Assert.Null(w.Failure));
        var missed = (await grain.Open()).Sections.Single();
        // Nobody waited for it: editors and the other viewer reach the latest revision while it still does not read.
        await Eventually.TrueAsync(() => writers.All(w => w.Revision == missed.Revision) && reading.Log.Reached(sectionId) == missed.Revision, Settling);
        Assert.True(stalledLog.Reached(sectionId) < missed.Revision, $"the stalled viewer read up to {stalledLog.Reached(sectionId)}");
        Assert.Equal(SmallOutboxApp.Bound, StalledOutbox()!.MostQueued); // it filled its queue to the bound, and no further
        Assert.All(relay.Outboxes(document.Id).Where(o => o.ConnectionId != stalled.ConnectionId), o => Assert.Equal(0, o.Dropped));

        AssertStillConnected();
        stalled.ResumeReading();
        output.WriteLine($"it did not read for {stall.Elapsed}");
        // The writers go on while it catches up: after its snapshot it gets their rounds.
        await Task.WhenAll(writers.Select((w, i) => WriteBlocksAsync(w, new Random(100 + i), edits => edits < 10)));
        Assert.All(writers, w => Assert.Null(w.Failure));
        var final = (await grain.Open()).Sections.Single();
        await Eventually.TrueAsync(() =>
            writers.All(w => w.Revision == final.Revision) &&
            reading.Log.Reached(sectionId) == final.Revision &&
            stalledLog.Reached(sectionId) == final.Revision, Settling);
        Assert.Null(stalled.Failure);
        Assert.Equal(SmallOutboxApp.Bound, StalledOutbox()?.MostQueued);

        for (var i = 0; i < writers.Count; i++)
        {
            RelayChecks.EveryRevisionOnceInOrder(writers[i], final.Revision, $"writer {i}");
            Assert.Equal(final.Text, writers[i].Text);
        }

        var history = new SectionHistory("Vize: ", [.. writers[0].ReceivedMessages.SelectMany(m => m)]);
        var other = RelayChecks.Replay(reading.Log, sectionId, history, "the reading viewer");
        Assert.Equal((final.Revision, final.Text, 0), (other.Revision, other.Text, other.Snapshots.Count));
        var caughtUp = RelayChecks.Replay(stalledLog, sectionId, history, "the stalled viewer");
        output.WriteLine($"{final.Revision} revisions, {missed.Revision} before it read again; it got snapshots at [{string.Join(",", caughtUp.Snapshots)}], " +
                         $"{caughtUp.Repeats} ranges it had, {caughtUp.Straddles} reaching into its snapshot, in {stalledLog.Arrivals.Count} messages");
        Assert.NotEmpty(caughtUp.Snapshots);
        // Taken once its blocked write went through (the kernel's buffers may take some bytes before the client reads
        // again), after its queue of Bound rounds (each at least one revision) was dropped: it holds all of those.
        Assert.True(caughtUp.Snapshots[0] >= stoppedAt + SmallOutboxApp.Bound,
            $"its snapshot is at {caughtUp.Snapshots[0]}, it stopped reading at {stoppedAt}, its queue held {SmallOutboxApp.Bound} rounds");
        Assert.Equal((final.Revision, final.Text), (caughtUp.Revision, caughtUp.Text));

        foreach (var writer in writers)
        {
            await writer.DisposeAsync();
        }
    }

    /// <summary>Joins as an observer and opens the document, recording what it is sent as <see cref="TestViewer"/> does.</summary>
    private static async Task<ViewerLog> OpenAsViewerAsync(RawHubClient client, Guid meetingId, string ticket)
    {
        var log = new ViewerLog();
        client.On(ClientEvents.TextChanges, e => log.Add(e.Deserialize<TextChangesMessage>(ApiClient.Json)!));
        client.On(ClientEvents.DocumentSnapshot, e => log.Add(e.Deserialize<DocumentSnapshot>(ApiClient.Json)!));
        await client.InvokeAsync(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meetingId, ticket));
        log.Opened = (await client.InvokeAsync(nameof(MeetingHub.OpenDocument), meetingId)).Deserialize<DocumentSnapshot>(ApiClient.Json)!;
        return log;
    }

    /// <summary>Replaces blocks, each edit once the last came back, while <paramref name="more"/> says so.</summary>
    private static async Task WriteBlocksAsync(TestEditor editor, Random random, Func<int, bool> more)
    {
        for (var edits = 0; more(edits) && editor.Failure is null; edits++)
        {
            editor.ReplaceBlock(random, Block, MaxText);
            await editor.WhenSettledAsync().WaitAsync(LiveClient.Timeout);
        }
    }
}
