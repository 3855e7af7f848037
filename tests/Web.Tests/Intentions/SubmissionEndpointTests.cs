using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>A call run over HTTP: the coordinator opens it and hands out links, the provider fills and submits, refusals answer documented codes.</summary>
public sealed class SubmissionEndpointTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PlanText = """
        Plán pro seniory
        A. Senioři
        A 1: Podpora domácí péče
        O 1: Rozvoj pečovatelské služby.
        """;

    private sealed record Scene(ApiClient Admin, Guid GroupId, ObjectiveLink Objective, IntentionCallView Call);

    private async Task<Scene> SceneAsync(ApiClient admin)
    {
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{group.Id}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        var meeting = await MeetingSetup.CreateMeetingAsync(admin, groupId: group.Id);
        var response = await admin.PostAsync("/api/intention-calls", new
        {
            year = 2027, title = "Rozvojové záměry 2027", deadlineLocal = DateTime.UtcNow.AddDays(20).ToString("s"), workingGroupIds = new[] { group.Id }, steeringMeetingId = meeting.Id,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var call = (await response.Content.ReadFromJsonAsync<IntentionCallView>(ApiClient.Json))!;
        return new Scene(admin, group.Id, new ObjectiveLink(plan.Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id), call);
    }

    private async Task<(SubmissionClient Provider, Guid IntentionId)> LinkAsync(Scene scene)
    {
        var link = await scene.Admin.PostAsync<SubmissionLinkView>($"/api/intention-calls/{scene.Call.Id}/intentions", new { });
        Assert.Contains("/submission#", link.Url, StringComparison.Ordinal);
        return (new SubmissionClient(app.NewClient(), link.Url.Split('#')[1]), link.IntentionId);
    }

    private static object Form(Scene scene, string ico = IntentionArrange.ValidIco) => new IntentionArrange(null!, null!, scene.Call.Id, scene.GroupId, scene.Objective, Guid.Empty).Form() with
    {
        Provider = new ProviderDetails("Domov U Jezírka", ico, "Jablonecká 10, Liberec", "Ing. Petr Dvořák", "Jana Malá", "jana@jezirko.example", "485 123 456"),
    };

    private static async Task AssertError(HttpResponseMessage response, HttpStatusCode status, string code) =>
        Assert.Equal((status, code), await ApiClient.ErrorOf(response));

    [Fact]
    public async Task A_provider_saves_a_draft_is_told_each_problem_submits_and_then_cannot_change_it()
    {
        using var admin = await app.SignedInAdminAsync();
        var scene = await SceneAsync(admin);
        var (provider, intentionId) = await LinkAsync(scene);

        var draft = await provider.PutAsync("/api/submission/draft", new { provider = new { name = "Domov U Jezírka", ico = "12345678" } });
        draft.EnsureSuccessStatusCode();
        var saved = (await draft.Content.ReadFromJsonAsync<SubmissionView>(ApiClient.Json))!;
        Assert.Equal(("Domov U Jezírka", true), (saved.Form.Provider.Name, saved.Editable));
        Assert.Contains(new FormProblem("provider.ico", IntentionErrorCodes.IcoInvalid), saved.Problems);

        var incomplete = await provider.PostAsync("/api/submission/submit", Form(scene, ico: "12345678"));
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        using (var problem = JsonDocument.Parse(await incomplete.Content.ReadAsStringAsync()))
        {
            Assert.Equal(IntentionErrorCodes.Incomplete, problem.RootElement.GetProperty("code").GetString());
            var problems = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("field").GetString(), p.GetProperty("code").GetString()));
            Assert.Equal([("provider.ico", IntentionErrorCodes.IcoInvalid)], problems);
        }

        var objectives = await (await provider.GetAsync("/api/submission/objectives")).Content.ReadFromJsonAsync<SubmissionObjective[]>(ApiClient.Json);
        Assert.Equal([(scene.GroupId, scene.Objective.ObjectiveId, "O 1")], objectives!.Select(o => (o.WorkingGroupId, o.ObjectiveId, o.Code)));

        var submitted = await provider.PostAsync("/api/submission/submit", Form(scene));
        submitted.EnsureSuccessStatusCode();
        Assert.Equal(IntentionState.Submitted, (await submitted.Content.ReadFromJsonAsync<SubmissionView>(ApiClient.Json))!.State);
        await AssertError(await provider.PutAsync("/api/submission/draft", Form(scene)), HttpStatusCode.Conflict, IntentionErrorCodes.InvalidTransition);

        var returned = await admin.PostAsync($"/api/intentions/{intentionId}/return", new { note = "Doplňte registrační číslo." });
        returned.EnsureSuccessStatusCode();
        var seen = (await (await provider.GetAsync("/api/submission")).Content.ReadFromJsonAsync<SubmissionView>(ApiClient.Json))!;
        Assert.Equal((IntentionState.ReturnedForCompletion, "Doplňte registrační číslo.", true), (seen.State, seen.ReturnNote, seen.Editable));
        (await provider.PostAsync("/api/submission/submit", Form(scene))).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_and_size_and_links_end_when_revoked_or_the_call_closes()
    {
        using var admin = await app.SignedInAdminAsync();
        var scene = await SceneAsync(admin);
        var (provider, intentionId) = await LinkAsync(scene);

        // Larger than the API's usual 1 MB body, within the attachments' 4 MB.
        var pdf = new byte[2 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(pdf);
        var uploaded = await provider.UploadAsync("rozpočet 2027.pdf", pdf);
        uploaded.EnsureSuccessStatusCode();
        var attachment = (await uploaded.Content.ReadFromJsonAsync<SubmissionView>(ApiClient.Json))!.Attachments.Single();
        Assert.Equal(("rozpočet 2027.pdf", AttachmentType.Pdf, pdf.LongLength), (attachment.FileName, attachment.Type, attachment.Size));
        var download = await admin.GetAsync($"/api/intentions/{intentionId}/attachments/{attachment.Id}");
        Assert.Equal(("application/pdf", pdf.LongLength), (download.Content.Headers.ContentType!.MediaType, download.Content.Headers.ContentLength!.Value));

        await AssertError(await provider.UploadAsync("fotka.pdf", [0xFF, 0xD8, 0xFF, 0xE0]), HttpStatusCode.UnsupportedMediaType, IntentionErrorCodes.AttachmentType);
        var huge = new byte[AttachmentRules.MaxBytes + 10];
        "%PDF-"u8.CopyTo(huge);
        await AssertError(await provider.UploadAsync("velký.pdf", huge), HttpStatusCode.RequestEntityTooLarge, IntentionErrorCodes.AttachmentTooLarge);

        var outsider = new SubmissionClient(app.NewClient(), "");
        await AssertError(await outsider.Send(HttpMethod.Get, "/api/submission", null, null), HttpStatusCode.NotFound, IntentionErrorCodes.LinkInvalid);
        await AssertError(await outsider.Send(HttpMethod.Get, "/api/submission", null, new string('A', 43)), HttpStatusCode.NotFound, IntentionErrorCodes.LinkInvalid);

        var renewed = await admin.PostAsync<SubmissionLinkView>($"/api/intentions/{intentionId}/link", new { });
        await AssertError(await provider.GetAsync("/api/submission"), HttpStatusCode.Gone, IntentionErrorCodes.LinkRevoked);
        var current = new SubmissionClient(app.NewClient(), renewed.Url.Split('#')[1]);
        (await current.GetAsync("/api/submission")).EnsureSuccessStatusCode();

        (await admin.PostAsync($"/api/intention-calls/{scene.Call.Id}/close", new { })).EnsureSuccessStatusCode();
        await AssertError(await current.GetAsync("/api/submission"), HttpStatusCode.Gone, IntentionErrorCodes.LinkExpired);
        await AssertError(await admin.PostAsync($"/api/intention-calls/{scene.Call.Id}/intentions", new { }), HttpStatusCode.Conflict, IntentionErrorCodes.CallClosed);
    }

    [Fact]
    public async Task The_coordinators_steps_refuse_what_is_out_of_order_and_managers_see_only_their_groups_submitted_intentions()
    {
        using var admin = await app.SignedInAdminAsync();
        var scene = await SceneAsync(admin);
        var (provider, submittedId) = await LinkAsync(scene);
        (await provider.PostAsync("/api/submission/submit", Form(scene))).EnsureSuccessStatusCode();
        var (_, draftId) = await LinkAsync(scene);

        await AssertError(await admin.PostAsync($"/api/intentions/{draftId}/complete", new { }), HttpStatusCode.Conflict, IntentionErrorCodes.InvalidTransition);
        await AssertError(await admin.PutAsync($"/api/intentions/{submittedId}/outcome", new { outcome = "BasicNetwork" }), HttpStatusCode.Conflict, IntentionErrorCodes.InvalidTransition);
        await AssertError(await admin.PostAsync($"/api/intentions/{submittedId}/return", new { note = " " }), HttpStatusCode.BadRequest, ErrorCodes.Required);
        (await admin.PostAsync($"/api/intentions/{submittedId}/complete", new { })).EnsureSuccessStatusCode();
        await AssertError(await admin.PutAsync($"/api/intentions/{submittedId}/working-group", new { workingGroupId = Guid.NewGuid() }), HttpStatusCode.BadRequest,
            IntentionErrorCodes.WrongGroup);
        var assigned = await admin.PutAsync($"/api/intentions/{submittedId}/working-group", new { workingGroupId = scene.GroupId });
        Assert.Equal(IntentionState.InWorkingGroup, (await assigned.Content.ReadFromJsonAsync<IntentionView>(ApiClient.Json))!.State);

        using var manager = await app.SignedInOrganizerAsync("Manažerka skupiny");
        var managerId = (await manager.GetAsync<CommunityPlanning.Accounts.OrganizerAccount>("/api/auth/me")).Id;
        (await admin.PutAsync($"/api/working-groups/{scene.GroupId}/managers", new { accountIds = new[] { managerId } })).EnsureSuccessStatusCode();
        var page = await manager.GetAsync<IntentionCallPage>($"/api/intention-calls/{scene.Call.Id}");
        Assert.Equal([submittedId], page.Intentions.Select(i => i.Id));
        Assert.Equal(2, (await admin.GetAsync<IntentionCallPage>($"/api/intention-calls/{scene.Call.Id}")).Intentions.Count);
        Assert.Contains(scene.Call.Id, (await manager.GetAsync<IntentionCallView[]>("/api/intention-calls")).Select(c => c.Id));
        await AssertError(await manager.PostAsync($"/api/intentions/{submittedId}/complete", new { }), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        await AssertError(await manager.GetAsync($"/api/intentions/{draftId}"), HttpStatusCode.Forbidden, ErrorCodes.Forbidden);
        (await manager.GetAsync($"/api/intentions/{submittedId}")).EnsureSuccessStatusCode();
    }
}
