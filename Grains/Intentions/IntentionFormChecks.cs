using CommunityPlanning.Common;
using CommunityPlanning.Plans;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Intentions;

/// <summary>What a form's checks need beyond the form: the call's groups and the chosen group's plans.</summary>
public static class IntentionFormChecks
{
    /// <summary>The chosen working group is one the call concerns.</summary>
    public static IntentionForm Group(CallTerms terms, IntentionForm form) =>
        form.WorkingGroupId is { } g && !terms.WorkingGroups.Any(w => w.Id == g) ? throw new DomainException(IntentionErrorCodes.WrongGroup) : form;

    /// <summary>The chosen objectives are in the plans of the chosen group (read one-way: groups and plans call no intention).</summary>
    public static async Task Objectives(IGrainFactory grains, IntentionForm form)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(form.WorkingGroupId!.Value).Get();
        var plans = await Task.WhenAll(group.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get()));
        if (!IntentionFormRules.ObjectivesIn(form.Objectives, plans))
        {
            throw new DomainException(IntentionErrorCodes.WrongGroup, "objective");
        }
    }
}
