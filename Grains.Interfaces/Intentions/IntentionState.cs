namespace CommunityPlanning.Intentions;

/// <summary>
/// Where an intention is in the procedure. The steps (docs/architecture.md, "Development intentions"):
/// Draft → Submitted → (ReturnedForCompletion → Submitted)* → Complete → InWorkingGroup → OpinionGiven →
/// Approved | Rejected (or back to ReturnedForCompletion) → RegionDecided → Realised | NotRealised.
/// </summary>
public enum IntentionState
{
    Draft = 0,
    Submitted = 1,
    ReturnedForCompletion = 2,
    Complete = 3,
    InWorkingGroup = 4,
    OpinionGiven = 5,
    Approved = 6,
    Rejected = 7,
    RegionDecided = 8,
    Realised = 9,
    NotRealised = 10,
}

/// <summary>What the region did with an approved intention.</summary>
public enum RegionOutcome
{
    BasicNetwork = 0,
    TemporaryNetwork = 1,
    ReserveList = 2,
    NotIncluded = 3,
}

/// <summary>The working group's opinion as the poll gave it; <see cref="None"/> when no opinion was reached (missed quorum, tie).</summary>
public enum GroupOpinion
{
    None = 0,
    Recommending = 1,
    NotRecommending = 2,
}

/// <summary>What happened to an intention, as its audit trail names it.</summary>
public enum IntentionAction
{
    Created = 0,
    LinkIssued = 1,
    LinkRevoked = 2,
    DraftSaved = 3,
    Submitted = 4,
    Resubmitted = 5,
    ReturnedForCompletion = 6,
    MarkedComplete = 7,
    AssignedToGroup = 8,
    AttachmentAdded = 9,
    AttachmentRemoved = 10,
    OpinionRecorded = 11,
    StatementRecorded = 12,
    DecisionRecorded = 13,
    OutcomeRecorded = 14,
    RealisationRecorded = 15,
    CallClosed = 16,
}
