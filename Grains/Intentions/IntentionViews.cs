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

    public static PublicIntention? Public(Guid id, StoredIntention s)
    {
        if (s.State == IntentionState.Draft)
        {
            return null;
        }

        var (f, c) = (s.Form, s.Form.Change);
        return new PublicIntention(
            id, s.State, f.Provider.Name, f.Provider.Ico, f.Service.Name, f.Service.Type, f.Service.Form, f.Service.Area,
            c.Kind, c.CurrentCapacity, c.RequestedCapacity, c.Unit, c.From, f.Funding.TotalCost, s.WorkingGroupId,
            Vote(s.Opinion), s.Statement?.Text, s.Statement?.Date, Vote(s.Decision), s.Outcome, f.Objectives,
            Vote(s.InconclusiveOpinion, GroupOpinion.None, null), Vote(s.InconclusiveDecision, GroupOpinion.None, null));
    }

    private static PublicVote? Vote(RecordedVote? recorded) => recorded is null ? null : Vote(recorded.Vote, recorded.Opinion, recorded.Decision);

    private static PublicVote? Vote(IntentionVote? v, GroupOpinion opinion, SteeringDecision? decision) => v is null
        ? null
        : new PublicVote(opinion, decision, v.Verdict.For, v.Verdict.Against, v.Verdict.Abstained, v.Recused.Count, v.IntentionIds.Count > 1, v.At,
            v.Members, v.Quorum, v.QuorumMet);
}
