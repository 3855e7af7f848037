using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Plans;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>Importing the seed records over HTTP on real Kestrel: preview, confirm, who may, and the Markdown round trips.</summary>
public sealed class ImportApiTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static async Task<T> Read<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json))!;
    }

    private static async Task AssertError(HttpStatusCode status, string code, HttpResponseMessage response) =>
        Assert.Equal((status, code), await ApiClient.ErrorOf(response));

    /// <summary>Another organizer: signed in, but neither the meeting's facilitator nor the group's manager.</summary>
    private static async Task<WorkingGroupDetails> GroupAsync(ApiClient organizer) =>
        await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });

    [Fact]
    public async Task The_vision_preview_shows_what_was_understood_and_saves_nothing()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);

        var response = await Read<VisionImportResponse>(await organizer.PostAsync($"/api/meetings/{meeting.Id}/imports/vision",
            new { text = Seeds.VisionRecord, confirm = false }));

        Assert.Null(response.Saved);
        Assert.True(response.Preview.CreatesDocument);
        Assert.Equal(3, response.Preview.Record.Areas.Count);
        Assert.Equal(["Uživatelé služeb v sociální oblasti", "Řízení služeb v sociální oblasti", "Poskytovatelé služeb v sociální oblasti"],
            response.Preview.Groups.Select(g => g.AreaHeading));
        Assert.Empty(response.Preview.Unplaced);
        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}");
        Assert.Null(snapshot.Details.VisionDocumentId);
        Assert.Empty(snapshot.Board.Proposals);
        Assert.Empty((await organizer.GetAsync<WorkingGroupView>($"/api/working-groups/{meeting.WorkingGroupId}")).Documents);
    }

    [Fact]
    public async Task Confirming_creates_the_vision_and_the_proposals_under_its_areas_and_live_clients_see_them()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var observer = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, "Občan");
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await live.JoinAsync(meeting.Id, observer.Ticket);

        var response = await Read<VisionImportResponse>(await organizer.PostAsync($"/api/meetings/{meeting.Id}/imports/vision",
            new { text = Seeds.VisionRecord, confirm = true }));

        var saved = response.Saved!;
        Assert.True(saved.DocumentCreated);
        Assert.Equal((42, 42), (saved.ProposalsAdded, saved.ProposalsPlaced));
        var board = (await live.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count > 0)).Board;
        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}");
        Assert.Equal(saved.VisionDocumentId, snapshot.Details.VisionDocumentId);
        var document = await organizer.GetAsync<VisionDocumentDetails>($"/api/vision-documents/{saved.VisionDocumentId}");
        Assert.Equal(["Poskytovatelé služeb v sociální oblasti", "Uživatelé služeb v sociální oblasti", "Řízení služeb v sociální oblasti"],
            document.Sections.Select(s => s.Heading));
        Assert.Equal([8, 6, 28], document.Sections.Select(s => snapshot.Board.Proposals.Count(p => p.AreaId == s.Id)));
        Assert.Equal(snapshot.Board.Proposals.Select(p => p.Text), board.Proposals.Select(p => p.Text));
        Assert.Equal("Podpora pečujících – komplexně i systematicky", snapshot.Board.Proposals[0].Text);
    }

    [Fact]
    public async Task Only_the_facilitator_imports_into_a_meeting()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        using var other = await app.SignedInOrganizerAsync();
        var body = new { text = Seeds.VisionRecord, confirm = true };

        // A participant holds a ticket for the live channel, not a sign-in: the HTTP API does not know them.
        await AssertError(HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated, await visitor.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", body));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", body));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", body with { confirm = false }));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.GetAsync($"/api/meetings/{meeting.Id}/vision.md"));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.Required, await organizer.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", new { text = " ", confirm = true }));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.ImportNothingFound, await organizer.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", new { text = "Jen jeden řádek", confirm = true }));

        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}");
        Assert.Null(snapshot.Details.VisionDocumentId);
        Assert.Empty(snapshot.Board.Proposals);
    }

    [Fact]
    public async Task The_seed_vision_record_and_its_Markdown_export_read_the_same()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await Read<VisionImportResponse>(await organizer.PostAsync($"/api/meetings/{meeting.Id}/imports/vision", new { text = Seeds.VisionRecord, confirm = true }));

        var response = await organizer.GetAsync($"/api/meetings/{meeting.Id}/vision.md");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Setkání pracovní skupiny", markdown);

        var original = VisionRecordParser.Parse(Seeds.VisionRecord);
        var exported = VisionRecordParser.Parse(markdown);
        Assert.Equal(Shape(original), Shape(exported));
        Assert.Empty(exported.Unplaced);
        Assert.Contains(new HeaderField("Datum a čas", "1. 12. 2026 13:00"), exported.Fields);

        // The same record as DOCX (valid, with every area and proposal) and as a page to print.
        var docx = await organizer.GetAsync($"/api/meetings/{meeting.Id}/vision.docx");
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            foreach (var area in original.Areas)
            {
                Assert.Contains(area.Heading, text);
            }

            Assert.All(original.ProposalGroups.SelectMany(g => g.Items), item => Assert.Contains(item.Text, text));
        }

        var html = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/vision.html")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"cs\"", html);
        Assert.Contains("Podpora odlehčovacích služeb", html);
    }

    /// <summary>The structure that must survive: each area's heading, text and proposals (matched by heading as the import does).</summary>
    private static string Shape(VisionRecord record) => JsonSerializer.Serialize(record.Areas.Select(a => new
    {
        a.Heading,
        a.Text,
        Proposals = record.ProposalGroups.Where(g => g.Heading is not null && AreaHeadings.Same(g.Heading, a.Heading)).SelectMany(g => g.Items).Select(i => i.Text),
    }));

    [Fact]
    public async Task A_plan_is_previewed_then_imported_and_its_Markdown_export_reads_the_same()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);

        var preview = await Read<PlanImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/plan",
            new { text = Seeds.MediumTermPlan, confirm = false }));
        Assert.Null(preview.Saved);
        Assert.Equal(["A", "B", "C", "D"], preview.Plan.TargetGroups.Select(t => t.Code));
        Assert.Empty(await organizer.GetAsync<PlanSummary[]>($"/api/working-groups/{group.Id}/plans"));

        var saved = (await Read<PlanImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/plan",
            new { text = Seeds.MediumTermPlan, confirm = true }))).Saved!;
        Assert.Equal([new PlanSummary(saved.Id, preview.Plan.Title)], await organizer.GetAsync<PlanSummary[]>($"/api/working-groups/{group.Id}/plans"));

        var response = await organizer.GetAsync($"/api/plans/{saved.Id}.md");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        var exported = PlanParser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonSerializer.Serialize(PlanParser.Parse(Seeds.MediumTermPlan).Plan), JsonSerializer.Serialize(exported.Plan));
        Assert.Empty(exported.Unplaced);
    }

    [Fact]
    public async Task A_plan_is_edited_over_HTTP_by_its_groups_manager_with_versions()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);
        var plan = (await Read<PlanImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/plan",
            new { text = Seeds.MediumTermPlan, confirm = true }))).Saved!;
        var a1 = plan.TargetGroups[0].Goals[0];
        var o2 = a1.Objectives[1];
        using var other = await app.SignedInOrganizerAsync();

        var edited = await Read<PlanView>(await organizer.PutAsync($"/api/plans/{plan.Id}/nodes/{o2.Id}",
            new { expectedVersion = o2.Version, code = "O 2", text = "Podpora krátkodobých pobytů a krizových lůžek.", notes = "Upraveno na jednání." }));
        Assert.Equal(("Podpora krátkodobých pobytů a krizových lůžek.", "Upraveno na jednání."),
            (edited.TargetGroups[0].Goals[0].Objectives[1].Text, edited.TargetGroups[0].Goals[0].Objectives[1].Notes));
        await AssertError(HttpStatusCode.Conflict, ErrorCodes.PlanConflict, await organizer.PutAsync($"/api/plans/{plan.Id}/nodes/{o2.Id}",
            new { expectedVersion = o2.Version, code = "O 2", text = "Starší znění", notes = (string?)null }));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.PutAsync($"/api/plans/{plan.Id}/nodes/{o2.Id}",
            new { expectedVersion = o2.Version + 1, code = "O 2", text = "Cizí znění", notes = (string?)null }));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.PostAsync($"/api/working-groups/{group.Id}/imports/plan",
            new { text = Seeds.MediumTermPlan, confirm = false }));

        var added = await Read<PlanView>(await organizer.PostAsync($"/api/plans/{plan.Id}/nodes",
            new { parentId = a1.Id, content = new { code = "O 4", text = "Podpora sdílené péče.", notes = (string?)null }, position = (int?)null }));
        var o4 = added.TargetGroups[0].Goals[0].Objectives[^1];
        Assert.Equal("O 4", o4.Code);
        var moved = await Read<PlanView>(await organizer.PostAsync($"/api/plans/{plan.Id}/nodes/{o4.Id}/move",
            new { expectedVersion = o4.Version, parentId = plan.TargetGroups[0].Goals[1].Id, position = 0 }));
        Assert.Equal(o4.Id, moved.TargetGroups[0].Goals[1].Objectives[0].Id);
        var removed = await Read<PlanView>(await organizer.SendAsync(HttpMethod.Delete, $"/api/plans/{plan.Id}/nodes/{o4.Id}?expectedVersion={o4.Version + 1}",
            new StringContent("")));
        Assert.False(removed.HasObjective(o4.Id));
        Assert.Equal(JsonSerializer.Serialize(removed), JsonSerializer.Serialize(await organizer.GetAsync<PlanView>($"/api/plans/{plan.Id}")));
        // Reads are scoped as writes are: an organizer of another group reads neither the plan nor its export.
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.GetAsync($"/api/plans/{plan.Id}"));
        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.Forbidden, await other.GetAsync($"/api/plans/{plan.Id}.md"));
    }

    [Fact]
    public async Task A_proposal_is_linked_to_an_objective_and_the_board_shows_it_with_the_plan()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);
        var plan = (await Read<PlanImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/plan",
            new { text = Seeds.MediumTermPlan, confirm = true }))).Saved!;
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, groupId: group.Id);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        using var visitor = app.NewClient();
        var jana = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        await using var participant = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await participant.JoinAsync(meeting.Id, jana.Ticket);
        var p = participant.Connection;
        await p.ExecuteAsync(meeting.Id, new AddProposal(null, "Odlehčovací pobyty pro pečující"));
        var proposal = (await participant.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 1)).Board.Proposals[0];

        var plans = await p.InvokeAsync<PlanView[]>(nameof(MeetingHub.GetPlans), meeting.Id);
        var goal = plans.Single().TargetGroups[0].Goals[0];
        var objective = goal.Objectives[1];
        await p.ExecuteAsync(meeting.Id, new LinkProposal(proposal.Id, new ObjectiveLink(plan.Id, objective.Id)));

        var linked = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Any(x => x.Objective is not null))).Board.Proposals[0];
        Assert.Equal(new ObjectiveLink(plan.Id, objective.Id), linked.Objective);
        Assert.Equal(("A 1", "O 2"), (goal.Code, objective.Code));
        Assert.Equal("Podpora krátkodobých pobytů a vznik krizových lůžek v pobytových zařízeních služeb péče. (denní stacionáře, krátkodobé pobytové a terénní odlehčovací služby)",
            objective.Text);
        var refused = await Assert.ThrowsAsync<HubException>(() => p.ExecuteAsync(meeting.Id,
            new LinkProposal(proposal.Id, new ObjectiveLink(plan.Id, goal.Id))));
        Assert.EndsWith($"HubException: {ErrorCodes.NotFound}", refused.Message);
    }
}
