using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Plans;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.Tests.Intentions;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Plans;

/// <summary>Plan traceability: under each objective, the intentions that serve it and the meetings' proposals linked to it.</summary>
public sealed class PlanTraceTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PlanText = "Plán pro seniory\nA. Senioři\nA 1: Domácí péče\nO 1: Rozvoj pečovatelské služby.\nO 2: Podpora pečujících.\n";

    [Fact]
    public async Task The_trace_lists_submitted_intentions_and_revealed_proposals_by_objective_for_the_group_s_organizers_only()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{group.Id}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        var (o1, o2) = (plan.TargetGroups[0].Goals[0].Objectives[0], plan.TargetGroups[0].Goals[0].Objectives[1]);
        var meeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: group.Id);
        var adminActor = Actor.Organizer((await admin.GetAsync<CommunityPlanning.Accounts.OrganizerAccount>("/api/auth/me")).Id, true, "Koordinátorka");
        var call = await IntentionArrange.OpenAsync(app.Host.Grains, adminActor, group.Id, new ObjectiveLink(plan.Id, o1.Id), meeting.Id);
        await call.InStateAsync(IntentionState.Draft, "Koncept s.r.o.");
        var (approved, _) = await call.InStateAsync(IntentionState.Approved, "Centrum Jana");

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, admin.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var f = facilitator.Connection;
        await f.ExecuteAsync(meeting.Id, new AddProposal(null, "Odlehčovací pobyty pro pečující"));
        await f.ExecuteAsync(meeting.Id, new AddProposal(null, "Bez vazby na plán"));
        var proposal = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 2)).Board.Proposals.Single(p => p.Text == "Odlehčovací pobyty pro pečující");
        await f.ExecuteAsync(meeting.Id, new LinkProposal(proposal.Id, new ObjectiveLink(plan.Id, o2.Id)));
        await f.ExecuteAsync(meeting.Id, new StartPrioritisation(2));
        await f.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 2)]));
        await f.ExecuteAsync(meeting.Id, new ClosePrioritisation());
        // A hidden proposal of a private brainstorm stays its author's, even when linked.
        await f.ExecuteAsync(meeting.Id, new SetBrainstorm(true));
        await f.ExecuteAsync(meeting.Id, new AddProposal(null, "Tajný nápad"));
        var hidden = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 3)).Board.Proposals.Single(p => p.Hidden);
        await f.ExecuteAsync(meeting.Id, new LinkProposal(hidden.Id, new ObjectiveLink(plan.Id, o2.Id)));

        var trace = await admin.GetAsync<PlanTrace>($"/api/plans/{plan.Id}/trace");
        Assert.Equal([(o1.Id, approved, "Centrum Jana", IntentionState.Approved, call.CallId)],
            trace.Intentions.Select(i => (i.ObjectiveId, i.IntentionId, i.ProviderName, i.State, i.CallId)));
        Assert.Equal([(o2.Id, proposal.Id, meeting.Id, "Odlehčovací pobyty pro pečující", (int?)1)],
            trace.Proposals.Select(p => (p.ObjectiveId, p.ProposalId, p.MeetingId, p.Text, p.Rank)));

        using var other = await app.SignedInOrganizerAsync();
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.Forbidden), await ApiClient.ErrorOf(await other.GetAsync($"/api/plans/{plan.Id}/trace")));
    }
}
