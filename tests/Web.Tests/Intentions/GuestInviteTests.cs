using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>
/// The facilitator invites a provider's representative to their intention's item in one step: the invite admits a guest
/// labelled with the provider, who joins, asks for the floor and is refused a vote.
/// </summary>
public sealed class GuestInviteTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PlanText = "Plán\nA. Senioři\nA 1: Domácí péče\nO 1: Rozvoj pečovatelské služby.\n";
    private const string Provider = "Domov U Jezírka, o. p. s.";

    [Fact]
    public async Task The_provider_s_representative_joins_as_a_guest_who_may_ask_for_the_floor_but_not_vote()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{group.Id}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        var meeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: group.Id);
        var adminActor = Actor.Organizer((await admin.GetAsync<CommunityPlanning.Accounts.OrganizerAccount>("/api/auth/me")).Id, true, "Koordinátorka");
        var call = await IntentionArrange.OpenAsync(app.Host.Grains, adminActor, group.Id, new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id), meeting.Id);
        var (intentionId, _) = await call.InStateAsync(IntentionState.InWorkingGroup, Provider);
        var url = $"/api/meetings/{meeting.Id}/intentions/{intentionId}/guest-invite";

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, admin.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        // Not yet on the agenda: no invite, none made.
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound), await ApiClient.ErrorOf(await admin.PostAsync(url, new { })));
        Assert.Empty(await admin.GetAsync<InviteInfo[]>($"/api/meetings/{meeting.Id}/invites"));

        await facilitator.ExecuteAsync(meeting.Id, new AddIntentionItem([intentionId], 15));
        var itemId = (await SnapshotAsync(facilitator, meeting.Id)).Agenda.Items[^1].Id;
        var link = await admin.PostAsync<InviteLink>(url, new { });
        Assert.Equal((MeetingRole.Participant, new InviteGuest(Provider, intentionId)), (link.Info.Role, link.Info.Guest));
        Assert.Contains("/join#", link.Url, StringComparison.Ordinal);
        Assert.NotNull(link.Code);
        Assert.Equal(new InviteGuest(Provider, intentionId), Assert.Single(await admin.GetAsync<InviteInfo[]>($"/api/meetings/{meeting.Id}/invites")).Guest);

        using var visitor = app.NewClient();
        var joined = await visitor.PostAsync<JoinResult>("/api/join", new { token = link.Token, displayName = "Jana Malá" });
        await using var guest = await LiveClient.ConnectAsync(app.Host.BaseUri);
        var seen = await guest.JoinAsync(meeting.Id, joined.Ticket);
        Assert.Equal((MeetingRole.Participant, AttendeeKind.Guest, true), (seen.You.Role, seen.You.Kind, seen.You.NoVotingRight));

        // The guest may speak: their raised hand is in the queue.
        await guest.ExecuteAsync(meeting.Id, new RaiseHand());
        Assert.Contains((await SnapshotAsync(guest, meeting.Id)).Speakers.Queue, h => h.ParticipantId == joined.ParticipantId);

        // …but not vote on the intention's opinion.
        await facilitator.ExecuteAsync(meeting.Id, new CreateIntentionPoll(itemId, [intentionId], IntentionPollKind.Opinion));
        var poll = (await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Intention?.AgendaItemId == itemId)).Poll;
        await facilitator.ExecuteAsync(meeting.Id, new OpenPoll(poll.Id));
        await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Id == poll.Id && e.Poll.Phase == PollPhase.Open);
        await HubAssert.Refused(ErrorCodes.PollNotEligible,
            () => guest.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(poll.Id, [1, 0, 0], null)));
    }

    private static Task<MeetingSnapshot> SnapshotAsync(LiveClient client, Guid meetingId) =>
        client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meetingId);
}
