using CommunityPlanning.Records;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Records;

/// <summary>A group's form of its minutes (docs/protocol.md, "Record form"): read and set by its managers.</summary>
public static class RecordFormEndpoints
{
    public static RouteGroupBuilder MapRecordForm(this RouteGroupBuilder api)
    {
        var group = api.MapWorkingGroupScope();
        group.MapGet("/record-form", async Task<Ok<RecordForm>> (Guid id, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IRecordFormGrain>(id).Get()));

        group.MapPut("/record-form", async Task<Ok<RecordForm>> (Guid id, RecordForm form, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IRecordFormGrain>(id).Set(OrganizerClaims.RequireActor(http.User), form)));
        return api;
    }
}
