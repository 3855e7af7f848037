using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Plans;

/// <summary>An intention that serves an objective of the plan: whose, of which call, and how far it got.</summary>
public sealed record TracedIntention(Guid ObjectiveId, Guid IntentionId, Guid CallId, string CallTitle, string? ProviderName, string? ServiceName, IntentionState State);

/// <summary>A proposal of one of the group's meetings linked to an objective of the plan; its place in the meeting's last ranking, if ranked.</summary>
public sealed record TracedProposal(Guid ObjectiveId, Guid ProposalId, Guid MeetingId, string MeetingTitle, DateTimeOffset MeetingStartsAt, string Text, int? Rank);

/// <summary>What carries out a plan's objectives (plan traceability): intentions and proposals linked to them.</summary>
public sealed record PlanTrace(IReadOnlyList<TracedIntention> Intentions, IReadOnlyList<TracedProposal> Proposals);

public static class PlanTraces
{
    /// <summary>
    /// The submitted intentions of the calls that concern the plan's group (drafts are the provider's) and the revealed
    /// proposals of the group's meetings, each linked to an objective of this plan.
    /// </summary>
    public static async Task<PlanTrace> ReadAsync(IGrainFactory grains, PlanView plan)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(plan.WorkingGroupId).Get();
        var intentions = new List<TracedIntention>();
        foreach (var call in (await grains.GetGrain<IIntentionCallDirectoryGrain>(0).List()).Where(c => c.WorkingGroups.Any(g => g.Id == plan.WorkingGroupId)))
        {
            // The directory lists calls, not their intentions: the call itself knows them.
            var ids = (await grains.GetGrain<IIntentionCallGrain>(call.Id).Get()).IntentionIds;
            foreach (var i in await Task.WhenAll(ids.Select(id => grains.GetGrain<IIntentionGrain>(id).Public())))
            {
                intentions.AddRange((i?.Objectives ?? []).Where(o => o.PlanId == plan.Id && plan.HasObjective(o.ObjectiveId))
                    .Select(o => new TracedIntention(o.ObjectiveId, i!.Id, call.Id, call.Title, i.ProviderName, i.ServiceName, i.State)));
            }
        }

        var proposals = new List<TracedProposal>();
        foreach (var meetingId in group.MeetingIds)
        {
            var details = await grains.GetGrain<IMeetingGrain>(meetingId).GetDetails();
            // Read as nobody in particular: hidden proposals come without their text and are left out.
            var board = await grains.GetGrain<IMeetingBoardGrain>(meetingId).Get(null, facilitator: false);
            var ranks = board.Rankings.Count > 0 ? board.Rankings[^1].Entries.ToDictionary(r => r.ProposalId, r => r.RankOverall) : [];
            proposals.AddRange(board.Proposals
                .Where(p => !p.Hidden && p.Text is not null && p.Objective is { } o && o.PlanId == plan.Id && plan.HasObjective(o.ObjectiveId))
                .Select(p => new TracedProposal(p.Objective!.ObjectiveId, p.Id, meetingId, details.Title, details.StartsAt, p.Text!,
                    ranks.TryGetValue(p.Id, out var rank) ? rank : null)));
        }

        return new PlanTrace(
            [.. intentions.OrderBy(i => i.ProviderName, Common.CzechFormat.Names)],
            [.. proposals.OrderBy(p => p.MeetingStartsAt).ThenBy(p => p.Rank ?? int.MaxValue)]);
    }
}
