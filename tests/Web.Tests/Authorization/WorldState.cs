using System.Text.Json;
using CommunityPlanning.Accounts;
using CommunityPlanning.Documents;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// Everything a call could change in a world, read straight from the grains: the meeting (without what moves by
/// itself: who is connected, the audience, the clock and the event number), its invites, the vision and minutes
/// documents with comments and adopted wordings, the group, its plans, the accounts made in this world, its call for
/// development intentions with every intention, and the calls opened in this world.
/// </summary>
public sealed record WorldState(string Content, long Seq)
{
    public static async Task<WorldState> CaptureAsync(World world)
    {
        var grains = world.Cast.Grains;
        var admin = world.Cast.AdminActor;
        var meeting = grains.GetGrain<IMeetingGrain>(world.MeetingId);
        var snapshot = await meeting.GetSnapshot(admin);
        var vision = grains.GetGrain<IVisionDocumentGrain>(world.DocumentId);
        DocumentSnapshot? minutes = snapshot.Minutes.DocumentId is { } minutesId ? await grains.GetGrain<IVisionDocumentGrain>(minutesId).Open() : null;
        var group = await grains.GetGrain<IWorkingGroupGrain>(world.GroupId).Get();
        var plans = await Task.WhenAll(group.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get()));
        var accounts = (await grains.GetGrain<IAccountDirectoryGrain>(0).List()).Where(a => a.Email.Contains(world.Tag, StringComparison.Ordinal));
        var call = await grains.GetGrain<IIntentionCallGrain>(world.Intentions.CallId).Get();
        var intentions = await Task.WhenAll(call.IntentionIds.Select(i => grains.GetGrain<IIntentionGrain>(i).Get(admin)));
        var content = JsonSerializer.Serialize(new
        {
            call,
            intentions,
            calls = (await grains.GetGrain<IIntentionCallDirectoryGrain>(0).List()).Where(c => c.Title.Contains(world.Tag, StringComparison.Ordinal)),
            meeting = snapshot with { Seq = 0, Present = [], Watching = 0, ServerTime = default },
            invites = await meeting.ListInvites(admin),
            vision = await vision.Open(),
            comments = await vision.GetComments(),
            wordings = await vision.GetAdoptedWordings(),
            minutes,
            group,
            plans,
            accounts,
        }, ApiClient.Json);
        return new WorldState(content, snapshot.Seq);
    }

    /// <summary>How the state after a refused call differs from this one; null when nothing did that should not.</summary>
    public async Task<string?> ChangedAsync(World world)
    {
        var after = await CaptureAsync(world);
        if (after.Content != Content)
        {
            var at = Content.Zip(after.Content).TakeWhile(p => p.First == p.Second).Count();
            return $"state changed near: …{Excerpt(Content, at)}… → …{Excerpt(after.Content, at)}…";
        }

        // Events may still be numbered meanwhile: people connecting and leaving (presence, the audience), nothing else.
        return after.Seq == Seq ? null : await world.UnexpectedEventsAsync(Seq, after.Seq);
    }

    private static string Excerpt(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)];
}
