using System.Diagnostics;
using System.Text.Json;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Documents;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// A member of a meeting that stops reading its socket (a frozen tab) while the facilitator works: the meeting's
/// events must reach everyone else at once, cost at most the bound for it, and it must be told to resynchronise.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class StalledMeetingClientTests(SmallOutboxApp app) : IClassFixture<SmallOutboxApp>
{
    private const int ReceiveBuffer = 4_096;
    private static readonly string LongTitle = string.Concat(Enumerable.Repeat("Dostupnost terénních služeb pro seniory v obcích ", 7))[..280];

    [Fact]
    public async Task A_member_that_stops_reading_holds_up_no_ones_meeting_events_and_is_told_to_resync_when_it_reads_again()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var relay = app.Host.Services.GetRequiredService<MeetingRelay>();
        using var visitor = app.NewClient();
        async Task<string> Ticket(MeetingRole role, string name) => (await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, role, name)).Ticket;

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await using var reading = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await reading.JoinAsync(meeting.Id, await Ticket(MeetingRole.Observer, "Čte"));

        await using var stalled = await RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer);
        var resync = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        var agendas = new List<long>();
        stalled.On(ClientEvents.MeetingResync, e => resync.TrySetResult(e));
        stalled.On(ClientEvents.AgendaChanged, e => { lock (agendas) { agendas.Add(e.GetProperty("seq").GetInt64()); } });
        await stalled.InvokeAsync(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meeting.Id, await Ticket(MeetingRole.Observer, "Nečte")));
        ConnectionOutbox? StalledOutbox() => relay.Outboxes(meeting.Id).SingleOrDefault(o => o.ConnectionId == stalled.ConnectionId);
        var stall = Stopwatch.StartNew();
        // SignalR closes a connection whose send waited 10 s (TransportSendTimeout): everything below happens before.
        void AssertStillConnected() => Assert.True(StalledOutbox() is not null, $"SignalR closed the stalled connection after {stall.Elapsed}");

        stalled.StopReading();
        // Every agenda change carries the whole agenda: a long one fills the stalled client's buffers, then its queue.
        var latest = 0L;
        for (var items = 0; StalledOutbox() is { Dropped: 0 }; items++)
        {
            Assert.True(items < 100, "the agenda is full and the stalled client's queue never overflowed");
            latest = await facilitator.Connection.ExecuteAsync(
                meeting.Id, new AddAgendaItem(new($"{items}. {LongTitle}", null, 5, AgendaItemKind.Discussion), null));
            // The reading member gets each change while the other one still does not read.
            await reading.WaitForAsync<AgendaChanged>(a => a.Seq == latest).WaitAsync(TimeSpan.FromSeconds(5));
        }

        AssertStillConnected();
        Assert.Equal(SmallOutboxApp.Bound, StalledOutbox()!.MostQueued);
        Assert.All(relay.Outboxes(meeting.Id).Where(o => o.ConnectionId != stalled.ConnectionId), o => Assert.Equal(0, o.Dropped));
        int Received() { lock (agendas) { return agendas.Count; } }
        Assert.True(Received() < latest, "the stalled client read everything although it did not read");

        stalled.ResumeReading();
        var told = await resync.Task.WaitAsync(LiveClient.Timeout);
        Assert.Equal(meeting.Id, told.GetProperty("meetingId").GetGuid());
        var snapshot = (await stalled.InvokeAsync(nameof(MeetingHub.GetSnapshot), meeting.Id)).Deserialize<MeetingSnapshot>(ApiClient.Json)!;
        Assert.True(snapshot.Seq >= latest, $"snapshot at {snapshot.Seq}, the last change was {latest}");

        // Events carry on after the resync.
        var next = await facilitator.Connection.ExecuteAsync(meeting.Id, new RemoveAgendaItem(snapshot.Agenda.Items[0].Id));
        await Eventually.TrueAsync(() => { lock (agendas) { return agendas.Contains(next); } }, LiveClient.Timeout);
        Assert.Null(stalled.Failure);
    }
}
