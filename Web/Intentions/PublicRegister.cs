using CommunityPlanning.Intentions;
using CommunityPlanning.Plans;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Intentions;

/// <summary>An objective of a plan as the register names it (plan traceability).</summary>
public sealed record RegisterObjective(Guid PlanId, Guid ObjectiveId, string Code, string Text);

/// <summary>A call's public register: the call and its intentions that are not drafts, filtered as asked.</summary>
public sealed record PublicRegister(IntentionCallView Call, IReadOnlyList<PublicIntention> Intentions, IReadOnlyList<RegisterObjective> Objectives);

/// <summary>The filters of the register: a working group, a state, a service type (each optional).</summary>
public sealed record RegisterFilter(Guid? Group, IntentionState? State, SocialServiceType? Type)
{
    public bool Matches(PublicIntention i) =>
        (Group is null || i.WorkingGroupId == Group) && (State is null || i.State == State) && (Type is null || i.ServiceType == Type);
}

public static class PublicRegisters
{
    public static async Task<PublicRegister> ReadAsync(IGrainFactory grains, Guid callId, RegisterFilter filter)
    {
        var call = await grains.GetGrain<IIntentionCallGrain>(callId).Get();
        var entries = await Task.WhenAll(call.IntentionIds.Select(i => grains.GetGrain<IIntentionGrain>(i).Public()));
        var objectives = new List<RegisterObjective>();
        foreach (var group in call.WorkingGroups)
        {
            var details = await grains.GetGrain<IWorkingGroupGrain>(group.Id).Get();
            foreach (var plan in await Task.WhenAll(details.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get())))
            {
                objectives.AddRange(plan.TargetGroups.SelectMany(t => t.Goals).SelectMany(g => g.Objectives)
                    .Select(o => new RegisterObjective(plan.Id, o.Id, o.Code, o.Text)));
            }
        }

        // Which intentions a call has is no secret, but a draft's existence is the provider's until they submit.
        return new PublicRegister(
            call with { IntentionIds = [] },
            [.. entries.OfType<PublicIntention>().Where(filter.Matches).OrderBy(i => i.ProviderName, Common.CzechFormat.Names)],
            [.. objectives.Where(o => entries.Any(e => e?.Objectives.Any(x => x.ObjectiveId == o.ObjectiveId) == true))]);
    }
}
