using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Common;

/// <summary>
/// On the real server with real clients: a meeting's and a document's subscriptions go with their last local
/// connection, whether it leaves, disconnects or is removed from the meeting, and a join racing the last leave gets
/// a subscription the grain still serves.
/// </summary>
public sealed class RelayLifetimeTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static readonly RelayCounts None = new(0, 0, 0);

    private RelayDiagnostics Diagnostics => app.Host.Services.GetRequiredService<RelayDiagnostics>();

    /// <summary>The subscriptions and loops (observer references of earlier tests may still be in their grace).</summary>
    private static (int Subscriptions, int Loops) Held(RelayCounts counts) => (counts.Subscriptions, counts.Loops);

    [Fact]
    public async Task The_last_connection_to_leave_a_meeting_and_its_document_removes_both_subscriptions_and_their_loops()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, _) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Senioři", "Vize: "));
        await using var first = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await using var second = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        foreach (var client in new[] { first, second })
        {
            await client.JoinAsync(meeting.Id);
            await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        }

        Assert.Equal((1, 1), Held(Diagnostics.Meetings));
        Assert.Equal((1, 9), Held(Diagnostics.Documents)); // editors and eight viewers' groups
        await first.Connection.InvokeAsync(nameof(MeetingHub.LeaveMeeting), meeting.Id);
        Assert.Equal((1, 1), Held(Diagnostics.Meetings));
        Assert.Equal((1, 9), Held(Diagnostics.Documents));

        await second.Connection.InvokeAsync(nameof(MeetingHub.LeaveMeeting), meeting.Id);

        Assert.Equal((0, 0), Held(Diagnostics.Meetings));
        Assert.Equal((0, 0), Held(Diagnostics.Documents));
        // The observer references go a moment later, once a batch the grains sent before may have come.
        await Eventually.TrueAsync(() => Diagnostics.Meetings == None && Diagnostics.Documents == None, LiveClient.Timeout);
    }

    [Fact]
    public async Task A_connection_that_closes_lets_go_of_its_meeting_and_document()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, _) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Senioři", "Vize: "));
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await client.JoinAsync(meeting.Id);
        await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);

        await client.DisposeAsync();

        await Eventually.TrueAsync(() => Diagnostics.Meetings == None && Diagnostics.Documents == None, LiveClient.Timeout);
    }

    [Fact]
    public async Task A_person_removed_from_the_meeting_lets_go_of_it_when_their_connection_is_closed()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var petr = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Petr Svoboda");
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await using var removed = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await removed.JoinAsync(meeting.Id, petr.Ticket);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        removed.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await facilitator.Connection.ExecuteAsync(meeting.Id, new RemoveParticipant(petr.ParticipantId, false));
        await closed.Task.WaitAsync(LiveClient.Timeout);
        await facilitator.Connection.InvokeAsync(nameof(MeetingHub.LeaveMeeting), meeting.Id);

        // Only if the removed person's connection let go too is nothing left.
        await Eventually.TrueAsync(() => Diagnostics.Meetings == None, LiveClient.Timeout);
    }

    [Fact]
    public async Task A_join_racing_the_last_leave_of_a_meeting_gets_its_events()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var a = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await using var b = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var (leaving, joining) = (a, b);
        await leaving.JoinAsync(meeting.Id);

        for (var i = 0; i < 10; i++)
        {
            await Task.WhenAll(leaving.Connection.InvokeAsync(nameof(MeetingHub.LeaveMeeting), meeting.Id), joining.JoinAsync(meeting.Id));

            // The grain still sends this server the meeting's events: the old subscription's end did not take the new one's.
            var seq = await joining.Connection.ExecuteAsync(
                meeting.Id, new AddAgendaItem(new AgendaItemDraft($"Bod {i}", null, 5, AgendaItemKind.Discussion), null));
            await joining.WaitForAsync<AgendaChanged>(e => e.Seq == seq);
            Assert.Equal((1, 1), Held(Diagnostics.Meetings));
            (leaving, joining) = (joining, leaving);
        }
    }
}
