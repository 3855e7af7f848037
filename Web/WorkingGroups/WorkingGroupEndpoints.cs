using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
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

        // The group's calendar: a download for organizers, and a subscription link for calendar programs.
        groups.MapGet("/{id:guid}/calendar.ics", async Task<FileContentHttpResult> (Guid id, string? lang, HttpContext http, IGrainFactory grains) =>
            await Calendar(grains, id, http, lang));

        groups.MapPost("/{id:guid}/calendar-feed", async Task<Ok<CalendarFeedLink>> (Guid id, HttpContext http, IGrainFactory grains) =>
        {
            var token = await grains.GetGrain<IWorkingGroupGrain>(id).RenewCalendarFeed(OrganizerClaims.RequireActor(http.User));
            return TypedResults.Ok(new CalendarFeedLink($"{BaseUrl(http)}/api/calendar/{token}.ics"));
        });

        api.MapGet("/calendar/{token}.ics", async Task<FileContentHttpResult> (string token, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var groupId = InviteTokens.IsWellFormed(token)
                ? await grains.GetGrain<ICalendarFeedGrain>(InviteTokens.Hash(token)).Resolve()
                : throw new DomainException(ErrorCodes.NotFound, "calendar");
            return await Calendar(grains, groupId, http, lang);
        });

        groups.MapPost("/{id:guid}/members", async Task<Ok<WorkingGroupDetails>> (Guid id, GroupMember member, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).AddMember(OrganizerClaims.RequireActor(http.User), member)));

        groups.MapPut("/{id:guid}/schedule", async Task<Ok<WorkingGroupDetails>> (Guid id, IReadOnlyList<PlannedMeeting> schedule, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).SetSchedule(OrganizerClaims.RequireActor(http.User), schedule)));

        groups.MapPost("/{id:guid}/meetings", async Task<Created<MeetingDetails>> (Guid id, MeetingDraft draft, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var meeting = await grains.GetGrain<IWorkingGroupGrain>(id).CreateMeeting(actor, draft);
            await TaskReview.AddItemIfTasksCarried(grains.GetGrain<IMeetingGrain>(meeting.Id), actor, UiTextEndpoints.LoadOrCzech(lang));
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

    private static async Task<FileContentHttpResult> Calendar(IGrainFactory grains, Guid groupId, HttpContext http, string? lang)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(groupId).Get();
        var meetings = await Task.WhenAll(group.MeetingIds.Select(m => grains.GetGrain<IMeetingGrain>(m).GetDetails()));
        var ics = GroupCalendar.Write(group, meetings, BaseUrl(http), UiTextEndpoints.LoadOrCzech(lang), DateTimeOffset.UtcNow);
        return TypedResults.File(ics, "text/calendar; charset=utf-8", "kalendar.ics");
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}

/// <summary>A calendar subscription link, shown once.</summary>
public sealed record CalendarFeedLink(string Url);
