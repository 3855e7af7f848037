using CommunityPlanning.Plans;

namespace CommunityPlanning.Intentions;

/// <summary>
/// The provider's form of a development intention, as a draft may hold it: every field may still be empty;
/// <see cref="IntentionFormRules.Problems"/> says what stops it from being submitted.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionForm")]
public sealed record IntentionForm(
    [property: Id(0)] ProviderDetails Provider,
    [property: Id(1)] ServiceDetails Service,
    [property: Id(2)] CapacityChange Change,
    [property: Id(3)] IntentionFunding Funding,
    [property: Id(4)] string? Need,
    [property: Id(5)] Guid? WorkingGroupId,
    [property: Id(6)] IReadOnlyList<ObjectiveLink> Objectives)
{
    public static readonly IntentionForm Empty = new(
        new(null, null, null, null, null, null, null),
        new(null, null, null, null, null, null),
        new(null, null, null, null, null),
        new(null, []),
        null,
        null,
        []);
}

/// <summary>The provider: name, IČO, seat, statutory body and the contact person (never public).</summary>
[GenerateSerializer, Immutable, Alias("cp.ProviderDetails")]
public sealed record ProviderDetails(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Ico,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? StatutoryBody,
    [property: Id(4)] string? ContactPerson,
    [property: Id(5)] string? Email,
    [property: Id(6)] string? Phone);

/// <summary>The service: name, registration identifier, type by § of Act 108/2006 Sb., form, target group, where it is provided (municipalities / ORP).</summary>
[GenerateSerializer, Immutable, Alias("cp.ServiceDetails")]
public sealed record ServiceDetails(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? RegistrationId,
    [property: Id(2)] SocialServiceType? Type,
    [property: Id(3)] ServiceForm? Form,
    [property: Id(4)] string? TargetGroup,
    [property: Id(5)] string? Area);

/// <summary>The change: its kind, the capacity now and asked for in one unit, and from when.</summary>
[GenerateSerializer, Immutable, Alias("cp.CapacityChange")]
public sealed record CapacityChange(
    [property: Id(0)] IntentionChangeKind? Kind,
    [property: Id(1)] decimal? CurrentCapacity,
    [property: Id(2)] decimal? RequestedCapacity,
    [property: Id(3)] CapacityUnit? Unit,
    [property: Id(4)] DateOnly? From);

/// <summary>The year's costs in CZK (whole crowns) and the sources that would cover them.</summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionFunding")]
public sealed record IntentionFunding(
    [property: Id(0)] long? TotalCost,
    [property: Id(1)] IReadOnlyList<FundingSource> Sources);

[GenerateSerializer, Immutable, Alias("cp.FundingSource")]
public sealed record FundingSource(
    [property: Id(0)] string? Source,
    [property: Id(1)] long? Amount);

/// <summary>One problem of a form: the field ("provider.ico", "funding.sources.1.amount") and the error code.</summary>
[GenerateSerializer, Immutable, Alias("cp.FormProblem")]
public sealed record FormProblem(
    [property: Id(0)] string Field,
    [property: Id(1)] string Code);
