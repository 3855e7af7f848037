using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Web.Security;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>
/// Calls for development intentions: administrators (the coordinator) open and close them and add intentions with
/// their links; a working group's managers read the calls that concern their group, with their group's intentions.
/// </summary>
public static class IntentionCallEndpoints
{
    public static RouteGroupBuilder MapIntentionCalls(this RouteGroupBuilder api)
    {
        var calls = api.MapGroup("/intention-calls").RequireAuthorization();

        calls.MapGet("/", async Task<Ok<IntentionCallView[]>> (HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var all = await grains.GetGrain<IIntentionCallDirectoryGrain>(0).List();
            var managed = (await grains.GetGrain<IWorkingGroupDirectoryGrain>(0).List(actor)).Select(g => g.Id).ToHashSet();
            return TypedResults.Ok(all.Where(c => actor.IsAdministrator || c.WorkingGroups.Any(g => managed.Contains(g.Id))).ToArray());
        });

        calls.MapPost("/", async Task<Created<IntentionCallView>> (IntentionCallDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var call = await grains.GetGrain<IIntentionCallGrain>(Guid.NewGuid()).Open(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/intention-calls/{call.Id}", call);
        }).RequireAuthorization(AdministratorPolicy.Name);

        calls.MapGet("/{id:guid}", async Task<Ok<IntentionCallPage>> (Guid id, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var call = await grains.GetGrain<IIntentionCallGrain>(id).Get();
            var groups = await ReadableGroupsAsync(grains, actor, call);
            var summaries = await Task.WhenAll(call.IntentionIds.Select(i => grains.GetGrain<IIntentionGrain>(i).Summary()));
            return TypedResults.Ok(new IntentionCallPage(call, [.. summaries.Where(s => actor.IsAdministrator
                || (s.State != IntentionState.Draft && s.WorkingGroupId is { } g && groups.Contains(g)))]));
        });

        calls.MapPost("/{id:guid}/close", async Task<Ok<IntentionCallView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IIntentionCallGrain>(id).Close(OrganizerClaims.RequireActor(http.User))))
            .RequireAuthorization(AdministratorPolicy.Name);

        calls.MapPost("/{id:guid}/intentions", async Task<Ok<SubmissionLinkView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(SubmissionAccess.Link(http, await grains.GetGrain<IIntentionCallGrain>(id).AddIntention(OrganizerClaims.RequireActor(http.User)))))
            .RequireAuthorization(AdministratorPolicy.Name);

        return api;
    }

    /// <summary>The call's groups the organizer manages (all for administrators); <c>forbidden</c> when none.</summary>
    private static async Task<HashSet<Guid>> ReadableGroupsAsync(IGrainFactory grains, Actor actor, IntentionCallView call)
    {
        if (actor.IsAdministrator)
        {
            return [.. call.WorkingGroups.Select(g => g.Id)];
        }

        var managed = new HashSet<Guid>();
        foreach (var group in call.WorkingGroups)
        {
            if (await grains.GetGrain<IWorkingGroupGrain>(group.Id).IsManager(actor.AccountId!.Value))
            {
                managed.Add(group.Id);
            }
        }

        return managed.Count > 0 ? managed : throw new DomainException(ErrorCodes.Forbidden);
    }
}
