using CommunityPlanning.Intentions;

namespace CommunityPlanning.Web.Intentions;

/// <summary>A call with the lines of its intentions the reader may see (all for the coordinator, their group's for a manager).</summary>
public sealed record IntentionCallPage(IntentionCallView Call, IReadOnlyList<IntentionSummary> Intentions);

/// <summary>A submission link to pass on to the provider: shown once, stored only as a hash.</summary>
public sealed record SubmissionLinkView(Guid IntentionId, string Url);

public sealed record ReturnRequest(string? Note);

public sealed record AssignRequest(Guid WorkingGroupId);

public sealed record OutcomeRequest(RegionOutcome Outcome);

public sealed record RealisationRequest(bool Realised);

/// <summary>An objective the provider may choose: from a plan of one of the call's working groups.</summary>
public sealed record SubmissionObjective(Guid WorkingGroupId, Guid PlanId, Guid ObjectiveId, string GoalCode, string GoalText, string Code, string Text);
