namespace CommunityPlanning.Voting;

/// <summary>What a poll about development intentions decides: the working group's opinion or the steering group's decision.</summary>
public enum IntentionPollKind
{
    /// <summary>The working group's opinion on one intention (doporučuji / nedoporučuji / zdržuji se).</summary>
    Opinion = 0,

    /// <summary>The steering group's decision (schválit / zamítnout / vrátit) on one intention, or on several at once (a block decision).</summary>
    Decision = 1,
}

/// <summary>Why a member takes no part in a poll about an intention.</summary>
public enum RecusalReason
{
    /// <summary>The member's own organisation is the provider (same IČO, or same name): proposed automatically.</summary>
    Organization = 0,

    /// <summary>The member declared an interest in the provider (by IČO or name): proposed automatically.</summary>
    DeclaredInterest = 1,

    /// <summary>The facilitator recused the member by hand.</summary>
    Facilitator = 2,
}

/// <summary>An intention as an agenda item and a poll name it: "Rozvojový záměr: provider – service".</summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionRef")]
public sealed record IntentionRef(
    [property: Id(0)] Guid IntentionId,
    [property: Id(1)] string ProviderName,
    [property: Id(2)] string ProviderIco,
    [property: Id(3)] string ServiceName);

/// <summary>
/// A member of the group taken out of one poll, with the reason. <see cref="PublicName"/>: what the public sees instead
/// of <see cref="Name"/>, by the member's choice (<see cref="WorkingGroups.GroupMember.PublicName"/>) when recused.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RecusedMember")]
public sealed record RecusedMember(
    [property: Id(0)] Guid MemberId,
    [property: Id(1)] string Name,
    [property: Id(2)] RecusalReason Reason,
    [property: Id(3)] string PublicName = "")
{
    public static RecusedMember Of(WorkingGroups.GroupMember member, RecusalReason reason) =>
        new(member.Id!.Value, member.Name, reason, WorkingGroups.GroupMember.PublicName(member));
}

/// <summary>
/// What became of a closed poll's result at one intention: recorded (<see cref="Refused"/> null) or refused by the
/// intention with that error code (the poll's result stays as it is either way).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionHandoff")]
public sealed record IntentionHandoff(
    [property: Id(0)] Guid IntentionId,
    [property: Id(1)] string? Refused);

/// <summary>
/// A poll about intentions, as everyone sees it next to the poll: its kind, the agenda item it belongs to, the
/// intentions (more than one: a block decision), the group's <see cref="Members"/>, the recused members, and the
/// <see cref="Quorum"/>: more than half of the members not counting the recused. <see cref="Handoffs"/> is filled
/// when the closed result has been handed to the intentions.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionPoll")]
public sealed record IntentionPoll(
    [property: Id(0)] IntentionPollKind Kind,
    [property: Id(1)] Guid AgendaItemId,
    [property: Id(2)] IReadOnlyList<IntentionRef> Intentions,
    [property: Id(3)] int Members,
    [property: Id(4)] IReadOnlyList<RecusedMember> RecusedMembers,
    [property: Id(5)] int Quorum,
    [property: Id(6)] IReadOnlyList<IntentionHandoff> Handoffs)
{
    /// <summary>The fewest voters for a valid result: more than half of the members not recused (never none).</summary>
    public static int QuorumOf(int members, int recused) => Math.Max(0, members - recused) / 2 + 1;

    public bool IsBlock => Kind == IntentionPollKind.Decision && Intentions.Count > 1;
}
