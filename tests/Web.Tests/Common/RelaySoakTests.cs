using System.Diagnostics;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Common;

/// <summary>
/// The relays let go (issue 20): one web server, real SignalR clients open 2,000 meetings and their vision documents
/// and leave again (most by <c>LeaveMeeting</c>, every tenth by closing the connection). Afterwards the relays hold
/// no subscription, run no loop and keep no observer reference, and the process's managed memory is back within <see cref="MemoryMargin"/> of
/// what it was before. Bounded: about 30 s on 2 cores, alone (see <see cref="RelaySoakCollection"/>).
/// </summary>
[Collection(RelaySoakCollection.Name)]
public sealed class RelaySoakTests(EmbeddedAppFixture app, ITestOutputHelper output) : IClassFixture<EmbeddedAppFixture>
{
    private const int Meetings = 2_000;
    private const int Clients = 16;

    /// <summary>
    /// What the process may keep after the soak: caches and pools that grew with the load. Before issue 20 the relays
    /// kept 59 MB for these 2,000 meetings and documents (4,000 subscriptions, 20,000 parked loops); now about 1 MB.
    /// </summary>
    private const long MemoryMargin = 8 * 1024 * 1024;

    [Fact]
    public async Task Two_thousand_meetings_and_documents_opened_and_left_leave_no_subscription_no_loop_and_no_memory_behind()
    {
        var clock = Stopwatch.StartNew();
        using var organizer = await app.SignedInAdminAsync();
        var meetings = await CreateMeetingsAsync(organizer);
        output.WriteLine($"{Meetings} meetings with documents created in {clock.Elapsed}");
        var diagnostics = app.Host.Services.GetRequiredService<RelayDiagnostics>();

        // A first round over a few of them warms up what every later one uses (code, pools, connections).
        await OpenAndLeaveAsync(organizer, meetings[..Clients]);
        await AssertLetGoAsync(diagnostics);
        var baseline = await SettledMemoryAsync();

        clock.Restart();
        var held = await OpenAndLeaveAsync(organizer, meetings);
        output.WriteLine($"opened and left in {clock.Elapsed}; at most {held.Meetings} meeting and {held.Documents} document subscriptions at once");
        Assert.True(held.Documents > 0 && held.Meetings > 0, "the clients never held a subscription");

        await AssertLetGoAsync(diagnostics);
        var after = await SettledMemoryAsync();
        output.WriteLine($"managed memory: baseline {baseline / 1024} KiB, after {after / 1024} KiB ({(after - baseline) / 1024:+#;-#;0} KiB)");
        Assert.True(after - baseline <= MemoryMargin,
            $"managed memory grew by {(after - baseline) / 1024} KiB over {Meetings} meetings (margin {MemoryMargin / 1024} KiB)");
    }

    /// <summary>
    /// Straight at the grains, side by side (through the HTTP API this alone took a minute): what is soaked is the
    /// opening and leaving. The administrator organizes any meeting, so the facilitator's account is a stranger's.
    /// </summary>
    private async Task<List<(Guid Meeting, Guid Document)>> CreateMeetingsAsync(ApiClient organizer)
    {
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var grains = app.Host.Grains;
        using var parallel = new SemaphoreSlim(4);
        return [.. await Task.WhenAll(Enumerable.Range(0, Meetings).Select(async i =>
        {
            await parallel.WaitAsync();
            try
            {
                var documentId = Guid.NewGuid();
                await grains.GetGrain<IVisionDocumentGrain>(documentId).Create(group.Id, new VisionDocumentDraft($"Vize {i}", [new("Senioři", "Vize: ")]));
                var meeting = await grains.GetGrain<IMeetingGrain>(Guid.NewGuid()).Create(new MeetingCreation(
                    group.Id, $"Setkání {i}", DateTimeOffset.UtcNow.AddDays(1), null, null, Guid.NewGuid(), "Organizátorka", documentId));
                return (meeting.Id, documentId);
            }
            finally
            {
                parallel.Release();
            }
        }))];
    }

    /// <summary>Clients side by side, each joining its share of the meetings one after the other.</summary>
    private async Task<(int Meetings, int Documents)> OpenAndLeaveAsync(ApiClient organizer, IReadOnlyList<(Guid Meeting, Guid Document)> meetings)
    {
        var diagnostics = app.Host.Services.GetRequiredService<RelayDiagnostics>();
        var most = (Meetings: 0, Documents: 0);
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async c =>
        {
            var client = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
            try
            {
                for (var i = c; i < meetings.Count; i += Clients)
                {
                    var (meetingId, documentId) = meetings[i];
                    await client.JoinAsync(meetingId);
                    var snapshot = await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meetingId);
                    Assert.Equal(documentId, snapshot.DocumentId);
                    lock (diagnostics)
                    {
                        most = (Math.Max(most.Meetings, diagnostics.Meetings.Subscriptions), Math.Max(most.Documents, diagnostics.Documents.Subscriptions));
                    }

                    if (i % 10 == 0)
                    {
                        await client.DisposeAsync(); // the server sees the connection go: it leaves everything it joined
                        client = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
                    }
                    else
                    {
                        await client.Connection.InvokeAsync(nameof(MeetingHub.LeaveMeeting), meetingId);
                    }
                }
            }
            finally
            {
                await client.DisposeAsync();
            }
        }));
        return most;
    }

    /// <summary>A disconnect is handled after the client has gone, so the last ones may still be on their way.</summary>
    private static async Task AssertLetGoAsync(RelayDiagnostics diagnostics)
    {
        var none = new RelayCounts(0, 0, 0);
        await Eventually.TrueAsync(() => diagnostics.Meetings == none && diagnostics.Documents == none, TimeSpan.FromSeconds(20))
            .ContinueWith(t => Assert.True(t.IsCompletedSuccessfully,
                $"the relays still hold {diagnostics.Meetings} for meetings and {diagnostics.Documents} for documents"));
    }

    /// <summary>Managed memory after idle grains were deactivated (theirs is not the relays') and a full collection.</summary>
    private async Task<long> SettledMemoryAsync()
    {
        await app.Host.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

/// <summary>The soak measures the process's memory and loads the machine: it runs alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RelaySoakCollection
{
    public const string Name = "Relay soak";
}
