using CommunityPlanning.Documents;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Security;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.WorkingGroups;

/// <summary>
/// The one place where HTTP reads and changes of a working group's things are scoped: every endpoint under a group,
/// a plan or a vision document (route value <c>id</c>) first asks the owning group whether the signed-in organizer
/// manages it (administrators manage all). Reads are scoped as writes are.
/// </summary>
public static class GroupScope
{
    /// <summary><c>/working-groups/{id}</c>: the group's own endpoints.</summary>
    public static RouteGroupBuilder MapWorkingGroupScope(this RouteGroupBuilder api) =>
        Scoped(api.MapGroup("/working-groups/{id:guid}"), (_, id) => Task.FromResult(id));

    /// <summary><c>/plans/{id}…</c>: a plan's endpoints, scoped by the group the plan belongs to.</summary>
    public static RouteGroupBuilder MapPlanScope(this RouteGroupBuilder api) =>
        Scoped(api.MapGroup("/plans"), async (grains, id) => (await grains.GetGrain<IPlanGrain>(id).Get()).WorkingGroupId);

    /// <summary><c>/vision-documents/{id}…</c>: a vision document's endpoints, scoped by its group.</summary>
    public static RouteGroupBuilder MapVisionDocumentScope(this RouteGroupBuilder api) =>
        Scoped(api.MapGroup("/vision-documents"), async (grains, id) => (await grains.GetGrain<IVisionDocumentGrain>(id).Get()).WorkingGroupId);

    private static RouteGroupBuilder Scoped(RouteGroupBuilder group, Func<IGrainFactory, Guid, Task<Guid>> owningGroup)
    {
        group.RequireAuthorization().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var actor = OrganizerClaims.RequireActor(http.User);
            var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
            var id = Guid.Parse((string)http.Request.RouteValues["id"]!);
            await grains.GetGrain<IWorkingGroupGrain>(await owningGroup(grains, id)).AuthorizeManager(actor);
            return await next(context);
        });
        return group;
    }
}
