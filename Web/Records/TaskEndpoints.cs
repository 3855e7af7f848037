using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Records;

/// <summary>A task on the group's list, as the latest meeting that holds it left it.</summary>
public sealed record GroupTask(ActionItem Item, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt);

public static class TaskEndpoints
{
    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        // Every task of the group once (a carried task lives on in each later meeting), open ones first.
        api.MapWorkingGroupScope().MapGet("/tasks", async Task<Ok<IReadOnlyList<GroupTask>>> (Guid id, IGrainFactory grains) =>
        {
            var group = await grains.GetGrain<IWorkingGroupGrain>(id).Get();
            var meetings = await Task.WhenAll(group.MeetingIds.Select(async m =>
            {
                var meeting = grains.GetGrain<IMeetingGrain>(m);
                return (Details: await meeting.GetDetails(), Items: await meeting.GetActionItems());
            }));
            IReadOnlyList<GroupTask> tasks =
            [
                .. meetings
                    .SelectMany(m => m.Items.Select(i => new GroupTask(i, m.Details.Id, m.Details.Title, m.Details.StartsAt)))
                    .GroupBy(t => t.Item.Id)
                    .Select(g => g.MaxBy(t => t.MeetingStartsAt)!)
                    .OrderBy(t => t.Item.Status).ThenBy(t => t.Item.Due ?? DateOnly.MaxValue).ThenBy(t => t.Item.CreatedAt),
            ];
            return TypedResults.Ok(tasks);
        });
        return api;
    }
}
