using CommunityPlanning.Plans;
using CommunityPlanning.Web.Records;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Plans;

public sealed record PlanSummary(Guid Id, string Title);

/// <summary>A node's new content, based on the version the editor saw.</summary>
public sealed record EditNodeRequest(long ExpectedVersion, string? Code, string? Text, string? Notes);

public sealed record MoveNodeRequest(long ExpectedVersion, Guid? ParentId, int Position);

/// <summary>
/// A working group's plans: its managers and administrators read them (<see cref="GroupScope"/>) and change them,
/// node by node with the version each edit was based on (the plan grain checks again).
/// </summary>
public static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder api)
    {
        api.MapWorkingGroupScope().MapGet("/plans", async Task<Ok<PlanSummary[]>> (Guid id, IGrainFactory grains) =>
        {
            var group = await grains.GetGrain<IWorkingGroupGrain>(id).Get();
            var plans = await Task.WhenAll(group.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get()));
            return TypedResults.Ok(plans.Select(p => new PlanSummary(p.Id, p.Title)).ToArray());
        });

        var plans = api.MapPlanScope();

        plans.MapGet("/{id:guid}", async Task<Ok<PlanView>> (Guid id, IGrainFactory grains) =>
            TypedResults.Ok(await Plan(grains, id).Get()));

        plans.MapGet("/{id:guid}/trace", async Task<Ok<PlanTrace>> (Guid id, IGrainFactory grains) =>
            TypedResults.Ok(await PlanTraces.ReadAsync(grains, await Plan(grains, id).Get())));

        plans.MapGet("/{id:guid}.{format}", async (Guid id, string format, IGrainFactory grains) =>
            RecordFormat.File(PlanRecordBuilder.Build(await Plan(grains, id).Get()), format, "plan"));

        plans.MapPost("/{id:guid}/nodes", async Task<Ok<PlanView>> (Guid id, PlanNodeAddition addition, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Plan(grains, id).AddNode(OrganizerClaims.RequireActor(http.User), addition)));

        plans.MapPut("/{id:guid}/nodes/{nodeId:guid}", async Task<Ok<PlanView>> (Guid id, Guid nodeId, EditNodeRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Plan(grains, id).EditNode(OrganizerClaims.RequireActor(http.User), nodeId, request.ExpectedVersion,
                new PlanNodeContent(request.Code ?? "", request.Text ?? "", request.Notes))));

        plans.MapDelete("/{id:guid}/nodes/{nodeId:guid}", async Task<Ok<PlanView>> (Guid id, Guid nodeId, long expectedVersion, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Plan(grains, id).RemoveNode(OrganizerClaims.RequireActor(http.User), nodeId, expectedVersion)));

        plans.MapPost("/{id:guid}/nodes/{nodeId:guid}/move", async Task<Ok<PlanView>> (Guid id, Guid nodeId, MoveNodeRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Plan(grains, id).MoveNode(OrganizerClaims.RequireActor(http.User), nodeId, request.ExpectedVersion, request.ParentId, request.Position)));

        return api;
    }

    private static IPlanGrain Plan(IGrainFactory grains, Guid id) => grains.GetGrain<IPlanGrain>(id);
}
