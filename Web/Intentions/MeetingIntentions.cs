using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Intentions;

/// <summary>An intention a meeting may take up: whose, of which call, in what state, and for which step (opinion or decision).</summary>
public sealed record MeetingIntention(Guid IntentionId, Guid CallId, string CallTitle, string? ProviderName, string? ServiceName, IntentionState State, IntentionPollKind Step);

/// <summary>
/// What the facilitator picks from when placing intentions on the agenda: for a working group's meeting, the
/// intentions of its calls assigned to the group and waiting for its opinion; for a call's steering meeting, those
/// with an opinion and the department's statement, waiting for the decision.
/// </summary>
public static class MeetingIntentions
{
    public static RouteGroupBuilder MapMeetingIntentions(this RouteGroupBuilder api)
    {
        api.MapGet("/meetings/{id:guid}/intentions", async Task<Ok<MeetingIntention[]>> (Guid id, HttpContext http, IGrainFactory grains) =>
        {
            var meeting = grains.GetGrain<IMeetingGrain>(id);
            await meeting.Authorize(OrganizerClaims.RequireActor(http.User), MeetingRole.Facilitator);
            return TypedResults.Ok(await ReadAsync(grains, id, (await meeting.GetDetails()).WorkingGroupId));
        }).RequireAuthorization();
        api.MapIntentionGuestInvite();
        return api;
    }

    public static async Task<MeetingIntention[]> ReadAsync(IGrainFactory grains, Guid meetingId, Guid groupId)
    {
        var found = new List<MeetingIntention>();
        foreach (var call in await grains.GetGrain<IIntentionCallDirectoryGrain>(0).List())
        {
            // One meeting may be both: a group's meeting chosen as the call's steering meeting.
            var (steering, concerned) = (call.SteeringMeetingId == meetingId, call.WorkingGroups.Any(g => g.Id == groupId));
            if (!steering && !concerned)
            {
                continue;
            }

            // The directory lists calls, not their intentions: the call itself knows them.
            var ids = (await grains.GetGrain<IIntentionCallGrain>(call.Id).Get()).IntentionIds;
            foreach (var s in await Task.WhenAll(ids.Select(i => grains.GetGrain<IIntentionGrain>(i).Summary())))
            {
                IntentionPollKind? step = s switch
                {
                    { State: IntentionState.OpinionGiven, HasStatement: true } when steering => IntentionPollKind.Decision,
                    { State: IntentionState.InWorkingGroup } when concerned && s.WorkingGroupId == groupId => IntentionPollKind.Opinion,
                    _ => null,
                };
                if (step is { } kind)
                {
                    found.Add(new MeetingIntention(s.Id, call.Id, call.Title, s.ProviderName, s.ServiceName, s.State, kind));
                }
            }
        }

        return [.. found.OrderBy(i => i.ProviderName, Common.CzechFormat.Names)];
    }
}
