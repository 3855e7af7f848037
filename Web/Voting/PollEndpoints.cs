using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Voting;

public static class PollEndpoints
{
    public static RouteGroupBuilder MapPolls(this RouteGroupBuilder api)
    {
        var polls = api.MapGroup("/meetings/{id:guid}/polls");

        // The result of a closed poll (or a named poll showing live results), for the record.
        polls.MapGet("/{pollId:guid}/result.csv", async Task<FileContentHttpResult> (Guid id, Guid pollId, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var snapshot = await grains.GetGrain<IMeetingGrain>(id).GetSnapshot(OrganizerClaims.RequireActor(http.User));
            var poll = snapshot.Polls.FirstOrDefault(p => p.Id == pollId) ?? throw new DomainException(ErrorCodes.NotFound, "poll");
            var result = poll.Result ?? throw new DomainException(ErrorCodes.PollResultsHidden);
            var language = lang is not null && UiTextEndpoints.Languages.Contains(lang) ? lang : "cs";
            return TypedResults.File(PollCsv.Write(poll, result, UiTextEndpoints.Load(language)), "text/csv; charset=utf-8", $"hlasovani-{pollId:N}.csv");
        }).RequireAuthorization();

        return api;
    }
}
