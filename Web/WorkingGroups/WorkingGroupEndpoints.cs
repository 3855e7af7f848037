using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using CommunityPlanning.Web.Security;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.WorkingGroups;

public sealed record DocumentSummary(Guid Id, string Title);

public sealed record SetManagersRequest(IReadOnlyList<Guid>? AccountIds);

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

        // The groups the organizer manages; all of them for administrators.
        groups.MapGet("/", async Task<Ok<IReadOnlyList<WorkingGroupSummary>>> (HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupDirectoryGrain>(0).List(OrganizerClaims.RequireActor(http.User))));

        groups.MapPost("/", async Task<Created<WorkingGroupDetails>> (WorkingGroupDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var group = await grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid()).Create(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/working-groups/{group.Id}", group);
        });

        var group = api.MapWorkingGroupScope();

        group.MapGet("/", async Task<Ok<WorkingGroupView>> (Guid id, IGrainFactory grains) =>
        {
            var details = await grains.GetGrain<IWorkingGroupGrain>(id).Get();
            var meetings = await Task.WhenAll(details.MeetingIds.Select(m => grains.GetGrain<IMeetingGrain>(m).GetDetails()));
            var documents = await Task.WhenAll(details.VisionDocumentIds.Select(d => grains.GetGrain<IVisionDocumentGrain>(d).Get()));
            return TypedResults.Ok(new WorkingGroupView(
                details,
                [.. meetings.OrderBy(m => m.StartsAt)],
                [.. documents.Select(d => new DocumentSummary(d.Id, d.Title))]));
        });

        // The group's calendar: a download for its organizers, and a subscription link for calendar programs.
        group.MapGet("/calendar.ics", async Task<FileContentHttpResult> (Guid id, string? lang, HttpContext http, IGrainFactory grains) =>
            await Calendar(grains, id, http, lang));

        group.MapPost("/calendar-feed", async Task<Ok<CalendarFeedLink>> (Guid id, HttpContext http, IGrainFactory grains) =>
        {
            var token = await grains.GetGrain<IWorkingGroupGrain>(id).RenewCalendarFeed(OrganizerClaims.RequireActor(http.User));
            return TypedResults.Ok(new CalendarFeedLink($"{PublicOrigin.Of(http)}/api/calendar/{token}.ics"));
        });

        api.MapGet("/calendar/{token}.ics", async Task<FileContentHttpResult> (string token, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var groupId = InviteTokens.IsWellFormed(token)
                ? await grains.GetGrain<ICalendarFeedGrain>(InviteTokens.Hash(token)).Resolve()
                : throw new DomainException(ErrorCodes.NotFound, "calendar");
            return await Calendar(grains, groupId, http, lang);
        });

        group.MapPost("/members", async Task<Ok<WorkingGroupDetails>> (Guid id, GroupMember member, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).AddMember(OrganizerClaims.RequireActor(http.User), member)));

        // A member's organisation, IČO and declared interests (what recusals in polls about intentions go by).
        group.MapPut("/members/{memberId:guid}", async Task<Ok<WorkingGroupDetails>> (Guid id, Guid memberId, GroupMember member, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).UpdateMember(OrganizerClaims.RequireActor(http.User), memberId, member)));

        // Administrators choose the organizers who manage the group.
        group.MapPut("/managers", async Task<Ok<WorkingGroupDetails>> (Guid id, SetManagersRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var directory = grains.GetGrain<IAccountDirectoryGrain>(0);
            var accounts = await Task.WhenAll((request.AccountIds ?? []).Distinct().Select(a => directory.Find(a)));
            if (accounts.Any(a => a is null or { Status: AccountStatus.Deactivated }))
            {
                throw new DomainException(ErrorCodes.NotFound, "account");
            }

            var managers = accounts.Select(a => new GroupManager(a!.Id, a.DisplayName)).ToList();
            return TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).SetManagers(OrganizerClaims.RequireActor(http.User), managers));
        });

        group.MapPut("/schedule", async Task<Ok<WorkingGroupDetails>> (Guid id, IReadOnlyList<PlannedMeeting> schedule, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IWorkingGroupGrain>(id).SetSchedule(OrganizerClaims.RequireActor(http.User), schedule)));

        group.MapPost("/meetings", async Task<Created<MeetingDetails>> (Guid id, MeetingDraft draft, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var actor = OrganizerClaims.RequireActor(http.User);
            var meeting = await grains.GetGrain<IWorkingGroupGrain>(id).CreateMeeting(actor, draft);
            await TaskReview.AddItemIfTasksCarried(grains.GetGrain<IMeetingGrain>(meeting.Id), actor, UiTextEndpoints.LoadOrCzech(lang));
            return TypedResults.Created($"/api/meetings/{meeting.Id}", meeting);
        });

        group.MapPost("/vision-documents", async Task<Created<VisionDocumentDetails>> (Guid id, VisionDocumentDraft draft, HttpContext http, IGrainFactory grains) =>
        {
            var document = await grains.GetGrain<IWorkingGroupGrain>(id).CreateVisionDocument(OrganizerClaims.RequireActor(http.User), draft);
            return TypedResults.Created($"/api/vision-documents/{document.Id}", document);
        });

        api.MapVisionDocumentScope().MapGet("/{id:guid}", async Task<Ok<VisionDocumentDetails>> (Guid id, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IVisionDocumentGrain>(id).Get()));

        return api;
    }

    private static async Task<FileContentHttpResult> Calendar(IGrainFactory grains, Guid groupId, HttpContext http, string? lang)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(groupId).Get();
        var meetings = await Task.WhenAll(group.MeetingIds.Select(m => grains.GetGrain<IMeetingGrain>(m).GetDetails()));
        var ics = GroupCalendar.Write(group, meetings, PublicOrigin.Of(http), UiTextEndpoints.LoadOrCzech(lang), DateTimeOffset.UtcNow);
        return TypedResults.File(ics, "text/calendar; charset=utf-8", "kalendar.ics");
    }

}

/// <summary>A calendar subscription link, shown once.</summary>
public sealed record CalendarFeedLink(string Url);
