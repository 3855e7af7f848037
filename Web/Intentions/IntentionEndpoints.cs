using CommunityPlanning.Intentions;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// One intention, for organizers: administrators run its procedure (links, completeness, group, statement, outcome);
/// the managers of its working group read it. The intention grain checks who asks on every call.
/// </summary>
public static class IntentionEndpoints
{
    public static RouteGroupBuilder MapIntentions(this RouteGroupBuilder api)
    {
        var intentions = api.MapGroup("/intentions").RequireAuthorization();
        var coordinator = api.MapGroup("/intentions").RequireAuthorization(AdministratorPolicy.Name);

        intentions.MapGet("/{id:guid}", async Task<Ok<IntentionView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).Get(Actor(http))));

        intentions.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, HttpContext http, IGrainFactory grains) =>
            AttachmentBody.File(await Intention(grains, id).ReadAttachment(Actor(http), attachmentId)));

        coordinator.MapPost("/{id:guid}/link", async Task<Ok<SubmissionLinkView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(SubmissionAccess.Link(http, await Intention(grains, id).IssueLink(Actor(http)))));

        coordinator.MapDelete("/{id:guid}/link", async Task<Ok<IntentionView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).RevokeLink(Actor(http))));

        coordinator.MapPost("/{id:guid}/complete", async Task<Ok<IntentionView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).MarkComplete(Actor(http))));

        coordinator.MapPost("/{id:guid}/return", async Task<Ok<IntentionView>> (Guid id, ReturnRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).ReturnForCompletion(Actor(http), request.Note ?? "")));

        coordinator.MapPut("/{id:guid}/working-group", async Task<Ok<IntentionView>> (Guid id, AssignRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).AssignWorkingGroup(Actor(http), request.WorkingGroupId)));

        coordinator.MapPut("/{id:guid}/statement", async Task<Ok<IntentionView>> (Guid id, StatementDraft statement, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).RecordStatement(Actor(http), statement)));

        coordinator.MapPost("/{id:guid}/statement/attachment", async Task<Ok<IntentionView>> (Guid id, string? name, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).AttachToStatement(Actor(http), await AttachmentBody.ReadAsync(http, name))));

        coordinator.MapPut("/{id:guid}/outcome", async Task<Ok<IntentionView>> (Guid id, OutcomeRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).RecordOutcome(Actor(http), request.Outcome)));

        coordinator.MapPut("/{id:guid}/realisation", async Task<Ok<IntentionView>> (Guid id, RealisationRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Intention(grains, id).RecordRealisation(Actor(http), request.Realised)));

        return api;
    }

    private static IIntentionGrain Intention(IGrainFactory grains, Guid id) => grains.GetGrain<IIntentionGrain>(id);

    private static CommunityPlanning.Common.Actor Actor(HttpContext http) => OrganizerClaims.RequireActor(http.User);
}
