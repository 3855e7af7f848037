using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// Who may come back: a removed person not by any invite until readmitted (security finding 2), a returning browser to
/// its own seat, and nobody on a ticket whose invite was revoked or expired (finding 6).
/// </summary>
public sealed class RejoinTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static Task<HttpResponseMessage> Join(ApiClient visitor, InviteLink invite, string name, params string[] tickets) =>
        visitor.PostAsync("/api/join", new { token = invite.Token, displayName = name, tickets });

    private async Task<(ApiClient Organizer, MeetingDetails Meeting, LiveClient Facilitator)> MeetingAsync()
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        return (organizer, meeting, facilitator);
    }

    [Fact]
    public async Task A_removed_participant_cannot_join_again_with_the_same_link_until_readmitted()
    {
        var (organizer, meeting, facilitator) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        var shared = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        using var visitor = app.NewClient();
        var jana = await visitor.PostAsync<JoinResult>("/api/join", new { token = shared.Token, displayName = "Jana Nováková" });

        await f.ExecuteAsync(meeting.Id, new RemoveParticipant(jana.ParticipantId, RevokeInvite: false));

        // The same browser (its ticket), and another browser under the same name (accents and case aside), are refused.
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.ParticipantRemoved), await ApiClient.ErrorOf(await Join(visitor, shared, "Jiné jméno", jana.Ticket)));
        using var other = app.NewClient();
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.ParticipantRemoved), await ApiClient.ErrorOf(await Join(other, shared, "jana  novakova")));
        (await organizer.PutAsync($"/api/meetings/{meeting.Id}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.ParticipantRemoved), await ApiClient.ErrorOf(
            await visitor.PostAsync($"/api/meetings/{meeting.Id}/watch", new { displayName = "Nenápadný host", tickets = new[] { jana.Ticket } })));
        var roster = (await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}")).Roster;
        Assert.DoesNotContain(roster, e => e.DisplayName is "Jiné jméno" or "jana  novakova" or "Nenápadný host");

        await f.ExecuteAsync(meeting.Id, new ReadmitParticipant(jana.ParticipantId));

        var back = await visitor.PostAsync<JoinResult>("/api/join", new { token = shared.Token, displayName = "Jana Nováková", tickets = new[] { jana.Ticket } });
        Assert.Equal(jana.ParticipantId, back.ParticipantId);
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri);
        Assert.Equal(jana.ParticipantId, (await live.JoinAsync(meeting.Id, jana.Ticket)).You.ParticipantId);
    }

    [Fact]
    public async Task A_browser_that_joins_again_keeps_its_seat_instead_of_taking_a_second()
    {
        var (organizer, meeting, facilitator) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        using var visitor = app.NewClient();
        var first = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Petr" });

        var again = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Petr", tickets = new[] { "garbage", first.Ticket } });

        Assert.Equal(first.ParticipantId, again.ParticipantId);
        Assert.Single((await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}")).Roster, e => e.DisplayName == "Petr");
    }

    [Fact]
    public async Task Revoking_an_invite_ends_the_tickets_it_gave_and_closes_their_connections()
    {
        var (organizer, meeting, facilitator) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        using var visitor = app.NewClient();
        var jana = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana" });
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await live.JoinAsync(meeting.Id, jana.Ticket);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        live.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await organizer.PostAsync<InviteInfo>($"/api/meetings/{meeting.Id}/invites/{invite.Info.InviteId}/revoke", new { });

        await closed.Task.WaitAsync(LiveClient.Timeout);
        await using var again = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await HubAssert.Refused(ErrorCodes.InviteRevoked, () => again.JoinAsync(meeting.Id, jana.Ticket));
        using var export = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meeting.Id}/vision.md");
        export.Headers.Add("X-Participant-Ticket", jana.Ticket);
        Assert.Equal((HttpStatusCode.Gone, ErrorCodes.InviteRevoked), await ApiClient.ErrorOf(await visitor.SendRawAsync(export)));
    }
}
