using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Security;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.WorkingGroups;

public sealed record DocumentSummary(Guid Id, string Title);

/// <summary>A working group with what its page shows: meetings and vision documents.</summary>
public sealed record WorkingGroupView(
    WorkingGroupDetails Group,
    IReadOnlyList<MeetingDetails> Meetings,
    IReadOnlyList<DocumentSummary> Documents);

public static class WorkingGroupEndpoints
{
    public static RouteGroupBuilder MapWorkingGroups(this RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/working-groups").RequireAuthorization();

        groups.MapGet("/", async Task<Ok<IReadOnlyList<WorkingGroupSummary>>> (IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupDirectoryGrain>(0).List()));

        groups.MapPost("/", async Task<Created<WorkingGroupDetails>> (WorkingGroupDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var group = await grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid()).Create(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/working-groups/{group.Id}", group);
        });

        groups.MapGet("/{id:guid}", async Task<Ok<WorkingGroupView>> (Guid id, IGrainFactory grains) =>
        {
            var group = await grains.GetGrain<IWorkingGroupGrain>(id).Get();
            var meetings = await Task.WhenAll(group.MeetingIds.Select(m => grains.GetGrain<IMeetingGrain>(m).GetDetails()));
            var documents = await Task.WhenAll(group.VisionDocumentIds.Select(d => grains.GetGrain<IVisionDocumentGrain>(d).Get()));
            return TypedResults.Ok(new WorkingGroupView(
                group,
                [.. meetings.OrderBy(m => m.StartsAt)],
                [.. documents.Select(d => new DocumentSummary(d.Id, d.Title))]));
        });

        groups.MapPost("/{id:guid}/members", async Task<Ok<WorkingGroupDetails>> (Guid id, GroupMember member, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).AddMember(OrganizerClaims.RequireActor(http.User), member)));

        groups.MapPut("/{id:guid}/schedule", async Task<Ok<WorkingGroupDetails>> (Guid id, IReadOnlyList<PlannedMeeting> schedule, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).SetSchedule(OrganizerClaims.RequireActor(http.User), schedule)));

        groups.MapPost("/{id:guid}/meetings", async Task<Created<MeetingDetails>> (Guid id, MeetingDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var meeting = await grains.GetGrain<IWorkingGroupGrain>(id).CreateMeeting(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/meetings/{meeting.Id}", meeting);
        });

        groups.MapPost("/{id:guid}/vision-documents", async Task<Created<VisionDocumentDetails>> (Guid id, VisionDocumentDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var document = await grains.GetGrain<IWorkingGroupGrain>(id).CreateVisionDocument(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/vision-documents/{document.Id}", document);
        });

        api.MapGet("/vision-documents/{id:guid}", async Task<Ok<VisionDocumentDetails>> (Guid id, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IVisionDocumentGrain>(id).Get()))
            .RequireAuthorization();

        return api;
    }
}
