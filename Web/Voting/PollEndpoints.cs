using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Documents;
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
            if (poll.LowTurnout is { Choice: LowTurnoutChoice.Withhold })
            {
                throw new DomainException(ErrorCodes.PollResultWithheld);
            }

            var result = poll.Result ?? throw new DomainException(ErrorCodes.PollResultsHidden);
            return TypedResults.File(PollCsv.Write(poll, result, UiTextEndpoints.LoadOrCzech(lang)), "text/csv; charset=utf-8", $"hlasovani-{pollId:N}.csv");
        }).RequireAuthorization();

        // A frozen ranking of proposals, by its number.
        api.MapGet("/meetings/{id:guid}/proposals/rankings/{number:int}.csv", async Task<FileContentHttpResult> (Guid id, int number, string? lang, HttpContext http, IGrainFactory grains) =>
        {
            var meeting = grains.GetGrain<IMeetingGrain>(id);
            var board = await meeting.GetBoard(OrganizerClaims.RequireActor(http.User));
            var ranking = board.Rankings.FirstOrDefault(r => r.Number == number) ?? throw new DomainException(ErrorCodes.NotFound, "ranking");
            var areas = await VisionAreas.HeadingsAsync(grains, (await meeting.GetDetails()).VisionDocumentId);
            return TypedResults.File(PollCsv.Write(ranking, areas, UiTextEndpoints.LoadOrCzech(lang)), "text/csv; charset=utf-8", $"poradi-navrhu-{number}.csv");
        }).RequireAuthorization();

        return api;
    }
}
