using CommunityPlanning.Common;
using CommunityPlanning.Plans;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Intentions;

/// <summary>What a form's checks need beyond the form: the call's terms, its groups and the chosen group's plans.</summary>
public static class IntentionFormChecks
{
    /// <summary>The chosen working group is one the call concerns.</summary>
    public static IntentionForm Group(CallTerms terms, IntentionForm form) =>
        form.WorkingGroupId is { } g && !terms.WorkingGroups.Any(w => w.Id == g) ? throw new DomainException(IntentionErrorCodes.WrongGroup) : form;

    /// <summary>
    /// The form as it may be submitted now: normalized, without problems, before the deadline when it is the first
    /// submission (a returned intention is completed when the coordinator asked), its group and objectives the call's.
    /// </summary>
    public static async Task<IntentionForm> Submittable(IGrainFactory grains, StoredIntention intention, IntentionForm form, DateTimeOffset now)
    {
        var normalized = Group(intention.Terms, IntentionFormRules.Normalize(form));
        if (IntentionFormRules.Problems(normalized) is { Count: > 0 } problems)
        {
            throw new DomainException(IntentionErrorCodes.Incomplete, string.Join(", ", problems.Select(p => $"{p.Field} {p.Code}")));
        }

        if (intention.State == IntentionState.Draft && now > intention.Terms.Deadline)
        {
            throw new DomainException(IntentionErrorCodes.DeadlinePassed, $"deadline {intention.Terms.Deadline:O}");
        }

        await Objectives(grains, normalized);
        return normalized;
    }

    /// <summary>The chosen objectives are in the plans of the chosen group (read one-way: groups and plans call no intention).</summary>
    private static async Task Objectives(IGrainFactory grains, IntentionForm form)
    {
        var group = await grains.GetGrain<IWorkingGroupGrain>(form.WorkingGroupId!.Value).Get();
        var plans = await Task.WhenAll(group.PlanIds.Select(p => grains.GetGrain<IPlanGrain>(p).Get()));
        if (!IntentionFormRules.ObjectivesIn(form.Objectives, plans))
        {
            throw new DomainException(IntentionErrorCodes.WrongGroup, "objective");
        }
    }
}
