using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>Observers over the real hub: counted for everyone, listed for facilitators only.</summary>
public sealed class AudienceHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task Observers_joining_reach_the_room_as_a_count_and_the_facilitator_lists_them()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var start = await facilitator.JoinAsync(meeting.Id);
        using var visitor = app.NewClient();
        var participantJoin = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        await using var participant = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await participant.JoinAsync(meeting.Id, participantJoin.Ticket);

        var observers = new List<LiveClient>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, $"Občan {i}");
                var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
                observers.Add(client);
                var view = await client.JoinAsync(meeting.Id, joined.Ticket);
                Assert.DoesNotContain(view.Roster, e => e.Role == MeetingRole.Observer);
            }

            await participant.WaitForAsync<AudienceChanged>(a => a.Watching == 3);
            await facilitator.WaitForAsync<AudienceChanged>(a => a.Watching == 3);
            Assert.DoesNotContain(facilitator.Received, e => e is RosterChanged r && r.Entry.Role == MeetingRole.Observer);
            var after = facilitator.Received.Where(e => e.Seq > start.Seq).ToList();
            Assert.Equal(Enumerable.Range((int)start.Seq + 1, after.Count).Select(s => (long)s), after.Select(e => e.Seq));

            var audience = await facilitator.Connection.InvokeAsync<IReadOnlyList<AudienceMember>>(nameof(MeetingHub.GetAudience), meeting.Id);
            Assert.Equal(["Občan 0", "Občan 1", "Občan 2"], audience.Select(m => m.Entry.DisplayName).Order());
            Assert.All(audience, m => Assert.True(m.Watching));

            await HubAssert.Refused(ErrorCodes.Forbidden, () =>
                participant.Connection.InvokeAsync<IReadOnlyList<AudienceMember>>(nameof(MeetingHub.GetAudience), meeting.Id));
            Assert.Equal(HubConnectionState.Connected, participant.Connection.State);

            await observers[0].DisposeAsync();
            observers.RemoveAt(0);
            await participant.WaitForAsync<AudienceChanged>(a => a.Watching == 2);
        }
        finally
        {
            foreach (var client in observers)
            {
                await client.DisposeAsync();
            }
        }
    }
}
