namespace CommunityPlanning.Intentions;

/// <summary>
/// An intention as the public register shows it: the provider by name and IČO, the service, the change, the costs,
/// the working group's opinion with its counts, the statement, the steering group's decision, the outcome and the
/// state, and the last poll of each that decided nothing (<see cref="InconclusiveOpinion"/>, e.g. without a quorum,
/// until one decides). Never a draft, never the contact person, e-mail, phone, address or statutory body.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PublicIntention")]
public sealed record PublicIntention(
    [property: Id(0)] Guid Id,
    [property: Id(1)] IntentionState State,
    [property: Id(2)] string? ProviderName,
    [property: Id(3)] string? ProviderIco,
    [property: Id(4)] string? ServiceName,
    [property: Id(5)] SocialServiceType? ServiceType,
    [property: Id(6)] ServiceForm? ServiceForm,
    [property: Id(7)] string? Area,
    [property: Id(8)] IntentionChangeKind? ChangeKind,
    [property: Id(9)] decimal? CurrentCapacity,
    [property: Id(10)] decimal? RequestedCapacity,
    [property: Id(11)] CapacityUnit? Unit,
    [property: Id(12)] DateOnly? From,
    [property: Id(13)] long? TotalCost,
    [property: Id(14)] Guid? WorkingGroupId,
    [property: Id(15)] PublicVote? Opinion,
    [property: Id(16)] string? Statement,
    [property: Id(17)] DateOnly? StatementDate,
    [property: Id(18)] PublicVote? Decision,
    [property: Id(19)] RegionOutcome? Outcome,
    [property: Id(20)] IReadOnlyList<Plans.ObjectiveLink> Objectives,
    [property: Id(21)] PublicVote? InconclusiveOpinion,
    [property: Id(22)] PublicVote? InconclusiveDecision);

/// <summary>
/// A vote as the public sees it: the result, the counts, how many were recused, a block decision, the group's
/// members, the quorum (ballots needed) and whether it was met.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.PublicVote")]
public sealed record PublicVote(
    [property: Id(0)] GroupOpinion Opinion,
    [property: Id(1)] SteeringDecision? Decision,
    [property: Id(2)] long For,
    [property: Id(3)] long Against,
    [property: Id(4)] long Abstained,
    [property: Id(5)] int Recused,
    [property: Id(6)] bool Block,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] int Members,
    [property: Id(9)] int Quorum,
    [property: Id(10)] bool QuorumMet);
