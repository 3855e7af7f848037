using CommunityPlanning.Common;
using CommunityPlanning.Scheduling;

namespace CommunityPlanning.Web.Tests.Scheduling;

/// <summary>A group's date poll brought to a state straight through the grain (as its manager would), for tests of one step over HTTP.</summary>
public static class DatePollArrange
{
    public static DateOnly Day(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).AddDays(days);

    public static DatePollDraft Draft(string? place = null) =>
        new([new(Day(1), new TimeOnly(14, 0)), new(Day(2), new TimeOnly(9, 30)), new(Day(3), new TimeOnly(16, 0))], place);

    /// <summary>The group's open poll, started if it has none open.</summary>
    public static async Task<DatePollView> OpenAsync(IGrainFactory grains, Actor manager, Guid groupId)
    {
        var poll = grains.GetGrain<IDatePollGrain>(groupId);
        return await poll.Get(manager) is { Status: DatePollStatus.Open } open ? open : await poll.Start(manager, Draft());
    }

    /// <summary>No poll open, so a new one may start.</summary>
    public static async Task NoneOpenAsync(IGrainFactory grains, Actor manager, Guid groupId)
    {
        var poll = grains.GetGrain<IDatePollGrain>(groupId);
        if (await poll.Get(manager) is { Status: DatePollStatus.Open })
        {
            await poll.Close(manager);
        }
    }

    /// <summary>A fresh answer link's token for the member, on the group's open poll.</summary>
    public static async Task<string> TokenAsync(IGrainFactory grains, Actor manager, Guid groupId, Guid memberId)
    {
        await OpenAsync(grains, manager, groupId);
        return await grains.GetGrain<IDatePollGrain>(groupId).IssueLink(manager, memberId);
    }
}
