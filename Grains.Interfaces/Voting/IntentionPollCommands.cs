using CommunityPlanning.Meetings;

namespace CommunityPlanning.Voting;

/// <summary>
/// Adds an agenda item for one or more development intentions ("Rozvojový záměr: provider – service"), at the end
/// of the programme (facilitator).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.AddIntentionItem")]
public sealed record AddIntentionItem(
    [property: Id(0)] IReadOnlyList<Guid> IntentionIds,
    [property: Id(1)] int PlannedMinutes) : MeetingCommand;

/// <summary>
/// Creates the poll of an intention item (facilitator): an opinion on one of its intentions, or a decision on one or
/// several (a block decision). The members with an interest in a provider are recused from it at once.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.CreateIntentionPoll")]
public sealed record CreateIntentionPoll(
    [property: Id(0)] Guid AgendaItemId,
    [property: Id(1)] IReadOnlyList<Guid> IntentionIds,
    [property: Id(2)] IntentionPollKind Kind) : MeetingCommand;

/// <summary>Takes a member of the group out of an intention poll not yet closed, or back in (facilitator); their seats follow.</summary>
[GenerateSerializer, Immutable, Alias("cp.RecuseMember")]
public sealed record RecuseMember(
    [property: Id(0)] Guid PollId,
    [property: Id(1)] Guid MemberId,
    [property: Id(2)] bool Recused) : MeetingCommand;

/// <summary>Says which member of the group a seat is (null: none), so recusals and quorum know them (facilitator).</summary>
[GenerateSerializer, Immutable, Alias("cp.SetSeatMember")]
public sealed record SetSeatMember(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] Guid? MemberId) : MeetingCommand;
