namespace CommunityPlanning.Intentions;

/// <summary>What each reader of an intention sees of the stored one.</summary>
public static class IntentionViews
{
    public static IntentionView Full(Guid id, StoredIntention s) => new(
        id, s.CallId, s.State, s.Form, IntentionFormRules.Problems(s.Form), [.. s.Attachments], s.ReturnNote, s.WorkingGroupId,
        s.Opinion, s.Statement, s.Decision, s.Outcome, s.SubmittedAt, s.LinkHash is not null, [.. s.History]);

    public static SubmissionView Provider(Guid id, StoredIntention s) => new(
        id, s.Terms, s.State, IntentionSteps.ProviderEdits.Contains(s.State), s.Form, IntentionFormRules.Problems(s.Form),
        [.. s.Attachments], s.State == IntentionState.ReturnedForCompletion ? s.ReturnNote : null, s.SubmittedAt);

    public static IntentionSummary Summary(Guid id, StoredIntention s) => new(
        id, s.State, s.Form.Provider.Name, s.Form.Service.Name, s.Form.Service.Type, s.WorkingGroupId, s.Opinion?.Opinion,
        s.Statement is not null, s.Decision?.Decision, s.Outcome, s.LinkHash is not null, s.SubmittedAt);
}
