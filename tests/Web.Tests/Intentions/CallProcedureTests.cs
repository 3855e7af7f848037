using System.Net.Http.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>
/// One year's call end to end, the way a town runs it: three providers submit over HTTP with their links, the
/// coordinator checks completeness (returning one), the working group gives its opinions in a real meeting over the
/// hub (a member recused by IČO, one poll short of its quorum), the department gives its statements, the steering
/// group decides two intentions in one block, and the public register shows it all, also as CSV and DOCX.
/// </summary>
public sealed class CallProcedureTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PlanText = "Plán pro seniory\nA. Senioři\nA 1: Domácí péče\nO 1: Rozvoj pečovatelské služby.\n";
    private const string Domov = "Domov U Jezírka, o. p. s.";
    private const string Centrum = "Centrum Jana, z. ú.";
    private const string Spolek = "Spolek Naděje";

    private sealed record Call(ApiClient Admin, Guid Id, Guid GroupId, ObjectiveLink Objective);

    private async Task<GroupMember[]> MembersAsync(ApiClient admin, Guid groupId, params object[] members)
    {
        WorkingGroupDetails group = null!;
        foreach (var member in members)
        {
            group = await admin.PostAsync<WorkingGroupDetails>($"/api/working-groups/{groupId}/members", member);
        }

        return [.. group.Members];
    }

    private static IntentionForm Form(Call call, string provider, string ico) => new IntentionArrange(null!, null!, call.Id, call.GroupId, call.Objective, Guid.Empty).Form() with
    {
        Provider = new ProviderDetails(provider, ico, "Jablonecká 10, Liberec", "Ing. Petr Dvořák", "Jana Malá", "jana.mala@jezirko.example", "+420 485 123 456"),
    };

    /// <summary>A provider's link from the coordinator, the form submitted with it (real HTTP, X-Submission-Link), the intention marked complete and assigned.</summary>
    private async Task<Guid> SubmittedAsync(Call call, string provider, string ico, bool returnedFirst = false)
    {
        var link = await call.Admin.PostAsync<SubmissionLinkView>($"/api/intention-calls/{call.Id}/intentions", new { });
        var client = new SubmissionClient(app.NewClient(), link.Url.Split('#')[1]);
        (await client.PostAsync("/api/submission/submit", Form(call, provider, ico))).EnsureSuccessStatusCode();
        if (returnedFirst)
        {
            (await call.Admin.PostAsync($"/api/intentions/{link.IntentionId}/return", new { note = "Doplňte zdroje financování." })).EnsureSuccessStatusCode();
            var seen = (await (await client.GetAsync("/api/submission")).Content.ReadFromJsonAsync<SubmissionView>(ApiClient.Json))!;
            Assert.Equal((IntentionState.ReturnedForCompletion, "Doplňte zdroje financování."), (seen.State, seen.ReturnNote));
            (await client.PostAsync("/api/submission/submit", Form(call, provider, ico))).EnsureSuccessStatusCode();
        }

        (await call.Admin.PostAsync($"/api/intentions/{link.IntentionId}/complete", new { })).EnsureSuccessStatusCode();
        (await call.Admin.PutAsync($"/api/intentions/{link.IntentionId}/working-group", new { workingGroupId = call.GroupId })).EnsureSuccessStatusCode();
        return link.IntentionId;
    }

    [Fact]
    public async Task A_call_runs_from_the_providers_submissions_through_opinions_statements_and_a_block_decision_to_the_public_register()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{group.Id}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        var members = await MembersAsync(admin, group.Id,
            new { name = "Adam Novák", organization = "Domov U Jezírka", ico = "255 96 641" }, // the provider's IČO, written with spaces
            new { name = "Bára Malá", organization = "Město Liberec" },
            new { name = "Cyril Dvořák", organization = "Charita Liberec" },
            new { name = "Dana Černá", organization = "Diakonie" },
            new { name = "Eva Bílá", organization = "Úřad práce" });
        var groupMeeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: group.Id);
        var steering = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí pracovní skupina", targetGroup = "Seniors" });
        var steeringMembers = await MembersAsync(admin, steering.Id,
            new { name = "Petra Hybnerová", organization = "Statutární město Liberec" },
            new { name = "Karel Veselý", organization = "Liberecký kraj" },
            new { name = "Lída Nová", organization = "Farnost", interests = new[] { new { ico = (string?)null, name = "spolek  NADĚJE" } } });
        var steeringMeeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: steering.Id);
        var opened = await admin.PostAsync<IntentionCallView>("/api/intention-calls", new
        {
            year = 2027, title = "Rozvojové záměry 2027", deadlineLocal = DateTime.UtcNow.AddDays(20).ToString("s"), workingGroupIds = new[] { group.Id },
            steeringMeetingId = steeringMeeting.Id,
        });
        var call = new Call(admin, opened.Id, group.Id, new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id));

        var domov = await SubmittedAsync(call, Domov, IntentionArrange.ValidIco);
        var centrum = await SubmittedAsync(call, Centrum, "44224401", returnedFirst: true);
        var spolek = await SubmittedAsync(call, Spolek, "70883947");

        // The working group's opinions, one poll each, in the group's meeting.
        await using (var meeting = await IntentionMeeting.OpenAsync(app, admin, groupMeeting.Id, members[..4]))
        {
            // The facilitator picks from the intentions waiting for the group's opinion.
            var offered = await admin.GetAsync<MeetingIntention[]>($"/api/meetings/{groupMeeting.Id}/intentions");
            Assert.Equal([(centrum, IntentionPollKind.Opinion), (domov, IntentionPollKind.Opinion), (spolek, IntentionPollKind.Opinion)], offered.Select(i => (i.IntentionId, i.Step)));
            var item = await meeting.AddItemAsync([.. offered.Select(i => i.IntentionId)]);

            var poll = await meeting.OpenPollAsync(item, IntentionPollKind.Opinion, domov);
            Assert.Equal([("Adam Novák", RecusalReason.Organization)], poll.Intention!.RecusedMembers.Select(m => (m.Name, m.Reason)));
            Assert.Equal((5, 3), (poll.Intention.Members, poll.Intention.Quorum));
            await HubAssert.Refused(ErrorCodes.PollNotEligible, () => meeting.VoteAsync("Adam Novák", poll.Id, 1, 0, 0));
            foreach (var member in new[] { "Bára Malá", "Cyril Dvořák", "Dana Černá" })
            {
                await meeting.VoteAsync(member, poll.Id, 1, 0, 0);
            }

            Assert.Equal([new IntentionHandoff(domov, null)], (await meeting.CloseAsync(poll.Id)).Intention!.Handoffs);

            poll = await meeting.OpenPollAsync(item, IntentionPollKind.Opinion, centrum);
            Assert.Equal((0, 3), (poll.Intention!.RecusedMembers.Count, poll.Intention.Quorum));
            await meeting.VoteAsync("Bára Malá", poll.Id, 1, 0, 0);
            await meeting.VoteAsync("Cyril Dvořák", poll.Id, 1, 0, 0);
            var missed = await meeting.CloseAsync(poll.Id);
            Assert.Equal((VerdictOutcome.NoQuorum, false), (missed.Result!.Verdict!.Outcome, missed.Result.Valid));

            poll = await meeting.OpenPollAsync(item, IntentionPollKind.Opinion, spolek);
            await meeting.VoteAsync("Bára Malá", poll.Id, 0, 1, 0);
            await meeting.VoteAsync("Cyril Dvořák", poll.Id, 0, 1, 0);
            await meeting.VoteAsync("Dana Černá", poll.Id, 1, 0, 0);
            await meeting.CloseAsync(poll.Id);
        }

        var minutes = await (await admin.GetAsync($"/api/meetings/{groupMeeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains("Členové skupiny: 5; vyloučeni pro střet zájmů: 1; potřeba k usnášeníschopnosti: 3; hlasovalo: 3.", minutes, StringComparison.Ordinal);
        Assert.Contains("Členové skupiny: 5; vyloučeni pro střet zájmů: 0; potřeba k usnášeníschopnosti: 3; hlasovalo: 2. Kvórum nesplněno.", minutes, StringComparison.Ordinal);
        Assert.Equal(IntentionState.OpinionGiven, (await admin.GetAsync<IntentionView>($"/api/intentions/{domov}")).State);
        Assert.Equal(IntentionState.InWorkingGroup, (await admin.GetAsync<IntentionView>($"/api/intentions/{centrum}")).State);

        // The department's statements; a decision before the statement would not be ready.
        foreach (var id in new[] { domov, centrum, spolek })
        {
            (await admin.PutAsync($"/api/intentions/{id}/statement", new { text = "Oddělení bez připomínek.", date = "2027-02-20" })).EnsureSuccessStatusCode();
        }

        // The steering group decides the two with an opinion in one block; Lída declared an interest in Spolek Naděje.
        await using (var meeting = await IntentionMeeting.OpenAsync(app, admin, steeringMeeting.Id, steeringMembers))
        {
            var offered = await admin.GetAsync<MeetingIntention[]>($"/api/meetings/{steeringMeeting.Id}/intentions");
            Assert.Equal([(domov, IntentionPollKind.Decision), (spolek, IntentionPollKind.Decision)], offered.Select(i => (i.IntentionId, i.Step)));
            var item = await meeting.AddItemAsync(domov, spolek);
            var poll = await meeting.OpenPollAsync(item, IntentionPollKind.Decision, domov, spolek);
            Assert.True(poll.Intention!.IsBlock);
            Assert.Equal([("Lída Nová", RecusalReason.DeclaredInterest)], poll.Intention.RecusedMembers.Select(m => (m.Name, m.Reason)));
            Assert.Equal(2, poll.Intention.Quorum);
            await meeting.VoteAsync("Petra Hybnerová", poll.Id, 1, 0, 0);
            await meeting.VoteAsync("Karel Veselý", poll.Id, 1, 0, 0);
            Assert.Equal([new IntentionHandoff(domov, null), new IntentionHandoff(spolek, null)], (await meeting.CloseAsync(poll.Id)).Intention!.Handoffs);
        }

        var decided = await admin.GetAsync<IntentionView>($"/api/intentions/{domov}");
        Assert.Equal((IntentionState.Approved, SteeringDecision.Approved, 2), (decided.State, decided.Decision!.Decision, decided.Decision.Vote.IntentionIds.Count));
        Assert.Equal(
            [IntentionAction.Created, IntentionAction.LinkIssued, IntentionAction.Submitted, IntentionAction.MarkedComplete, IntentionAction.AssignedToGroup,
                IntentionAction.OpinionRecorded, IntentionAction.StatementRecorded, IntentionAction.DecisionRecorded],
            decided.History.Select(h => h.Action));
        Assert.Contains("block of 2", decided.History[^1].Detail, StringComparison.Ordinal);
        (await admin.PutAsync($"/api/intentions/{domov}/outcome", new { outcome = "BasicNetwork" })).EnsureSuccessStatusCode();

        // Plan traceability: the objective the three serve lists them with their states.
        var trace = await admin.GetAsync<CommunityPlanning.Web.Plans.PlanTrace>($"/api/plans/{plan.Id}/trace");
        Assert.Equal([(Centrum, IntentionState.InWorkingGroup), (Domov, IntentionState.RegionDecided), (Spolek, IntentionState.Approved)],
            trace.Intentions.Select(i => (i.ProviderName, i.State)));
        Assert.All(trace.Intentions, i => Assert.Equal(call.Objective.ObjectiveId, i.ObjectiveId));

        using var anyone = app.NewClient();
        var register = await anyone.GetAsync<PublicRegister>($"/api/register/{call.Id}");
        Assert.Equal([Centrum, Domov, Spolek], register.Intentions.Select(i => i.ProviderName));
        var (c, d, s) = (register.Intentions[0], register.Intentions[1], register.Intentions[2]);
        Assert.Equal((IntentionState.RegionDecided, GroupOpinion.Recommending, 3L, 1, 3, true), (d.State, d.Opinion!.Opinion, d.Opinion.For, d.Opinion.Recused, d.Opinion.Quorum, d.Opinion.QuorumMet));
        Assert.Equal((SteeringDecision.Approved, true, 1, 3, 2), (d.Decision!.Decision, d.Decision.Block, d.Decision.Recused, d.Decision.Members, d.Decision.Quorum));
        Assert.Null(c.Opinion);
        Assert.Equal((IntentionState.InWorkingGroup, 2L, 5, 3, false), (c.State, c.InconclusiveOpinion!.For, c.InconclusiveOpinion.Members, c.InconclusiveOpinion.Quorum, c.InconclusiveOpinion.QuorumMet));
        Assert.Equal((IntentionState.Approved, GroupOpinion.NotRecommending, 1L, 2L), (s.State, s.Opinion!.Opinion, s.Opinion.For, s.Opinion.Against));

        var csv = CsvTable.Parse(await (await anyone.GetAsync($"/api/register/{call.Id}.csv")).Content.ReadAsByteArrayAsync());
        Assert.Equal(3, csv.Rows.Count);
        var row = csv.Row(Domov);
        Assert.Equal(("doporučující", "3:0:0", "1", "5", "3", "splněno"),
            (csv.Cell(row, "Stanovisko pracovní skupiny"), csv.Cell(row, "Pro:proti:zdrželo se"), csv.Cell(row, "Vyloučeno pro střet zájmů"),
                csv.Cell(row, "Členové skupiny"), csv.Cell(row, "Potřeba k usnášeníschopnosti"), csv.Cell(row, "Kvórum")));
        Assert.Equal(("schváleno", "2:0:0", "1", "3", "2", "splněno", "ano"),
            (csv.Cell(row, "Rozhodnutí řídicí skupiny"), csv.Cell(row, "Pro:proti:zdrželo se", 1), csv.Cell(row, "Vyloučeno pro střet zájmů", 1),
                csv.Cell(row, "Členové skupiny", 1), csv.Cell(row, "Potřeba k usnášeníschopnosti", 1), csv.Cell(row, "Kvórum", 1),
                csv.Cell(row, "hromadné rozhodnutí")));
        row = csv.Row(Centrum);
        Assert.Equal(("bez výsledku", "2:0:0", "0", "3", "nesplněno", ""),
            (csv.Cell(row, "Stanovisko pracovní skupiny"), csv.Cell(row, "Pro:proti:zdrželo se"), csv.Cell(row, "Vyloučeno pro střet zájmů"),
                csv.Cell(row, "Potřeba k usnášeníschopnosti"), csv.Cell(row, "Kvórum"), csv.Cell(row, "Rozhodnutí řídicí skupiny")));
        Assert.Equal("nedoporučující", csv.Cell(csv.Row(Spolek), "Stanovisko pracovní skupiny"));
        foreach (var personal in new[] { "Jana Malá", "jana.mala@jezirko.example", "485 123 456", "Ing. Petr Dvořák", "Jablonecká", "Adam Novák", "Lída Nová" })
        {
            Assert.DoesNotContain(csv.Rows.SelectMany(r => r), f => f.Contains(personal, StringComparison.Ordinal));
        }

        var docx = await (await anyone.GetAsync($"/api/register/{call.Id}.docx")).Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("doporučující (3:0:0), Vyloučeno pro střet zájmů: 1", text, StringComparison.Ordinal);
        Assert.Contains("bez výsledku (2:0:0), Kvórum: nesplněno", text, StringComparison.Ordinal);
        Assert.Contains("schváleno (2:0:0), Vyloučeno pro střet zájmů: 1, hromadné rozhodnutí", text, StringComparison.Ordinal);
    }
}
