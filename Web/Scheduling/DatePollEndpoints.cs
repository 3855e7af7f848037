using CommunityPlanning.Scheduling;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Scheduling;

/// <summary>The group's current or last date poll; <see cref="Poll"/> is null before the group's first.</summary>
public sealed record DatePollPage(DatePollView? Poll);

public sealed record ChooseDateRequest(Guid OptionId);

/// <summary>A member's answer link, shown once.</summary>
public sealed record DatePollLink(string Url);

/// <summary>
/// Finding the next date: the group's managers run the poll under the group's scope (<see cref="GroupScope"/>, the
/// grain checks again); members answer through their link (<c>X-Date-Poll-Link</c>, no account).
/// </summary>
public static class DatePollEndpoints
{
    public const string Header = "X-Date-Poll-Link";

    public static RouteGroupBuilder MapDatePolls(this RouteGroupBuilder api)
    {
        var poll = api.MapWorkingGroupScope().MapGroup("/date-poll");

        poll.MapGet("/", async Task<Ok<DatePollPage>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(new DatePollPage(await Grain(grains, id).Get(OrganizerClaims.RequireActor(http.User)))));

        poll.MapPost("/", async Task<Ok<DatePollView>> (Guid id, DatePollDraft draft, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, id).Start(OrganizerClaims.RequireActor(http.User), draft)));

        poll.MapPost("/links/{memberId:guid}", async Task<Ok<DatePollLink>> (Guid id, Guid memberId, HttpContext http, IGrainFactory grains) =>
        {
            var token = await Grain(grains, id).IssueLink(OrganizerClaims.RequireActor(http.User), memberId);
            return TypedResults.Ok(new DatePollLink($"{PublicOrigin.Of(http)}/date-poll/{id}#{token}"));
        });

        poll.MapDelete("/links/{memberId:guid}", async Task<Ok<DatePollView>> (Guid id, Guid memberId, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, id).RevokeLink(OrganizerClaims.RequireActor(http.User), memberId)));

        poll.MapPost("/choose", async Task<Ok<DatePollView>> (Guid id, ChooseDateRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, id).Choose(OrganizerClaims.RequireActor(http.User), request.OptionId)));

        poll.MapPost("/close", async Task<Ok<DatePollView>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, id).Close(OrganizerClaims.RequireActor(http.User))));

        // Through the member's link: no account; the link's hash names the member.
        var answers = api.MapGroup("/date-polls/{groupId:guid}/answers");

        answers.MapGet("/", async Task<Ok<DatePollLinkView>> (Guid groupId, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, groupId).ViewByLink(LinkHash(http))));

        answers.MapPut("/", async Task<Ok<DatePollLinkView>> (Guid groupId, IReadOnlyList<DateOptionAnswer> given, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Grain(grains, groupId).AnswerByLink(LinkHash(http), given)));

        return api;
    }

    private static IDatePollGrain Grain(IGrainFactory grains, Guid groupId) => grains.GetGrain<IDatePollGrain>(groupId);

    private static string LinkHash(HttpContext http) => LinkHeader.Hash(http, Header, DatePollErrorCodes.LinkInvalid);
}
