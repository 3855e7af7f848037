namespace CommunityPlanning.Intentions;

/// <summary>
/// A call for development intentions ("výzva") as the coordinator opens it: the year, a title, the submission
/// deadline as a Prague wall-clock time, the working groups it concerns and the steering group's meeting.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionCallDraft")]
public sealed record IntentionCallDraft(
    [property: Id(0)] int Year,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTime DeadlineLocal,
    [property: Id(3)] IReadOnlyList<Guid> WorkingGroupIds,
    [property: Id(4)] Guid SteeringMeetingId);

/// <summary>A call's working group, by name (for forms and lists).</summary>
[GenerateSerializer, Immutable, Alias("cp.CallGroup")]
public sealed record CallGroup(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name);

[GenerateSerializer, Immutable, Alias("cp.IntentionCallView")]
public sealed record IntentionCallView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] int Year,
    [property: Id(2)] string Title,
    [property: Id(3)] DateTimeOffset Deadline,
    [property: Id(4)] IReadOnlyList<CallGroup> WorkingGroups,
    [property: Id(5)] Guid SteeringMeetingId,
    [property: Id(6)] bool Closed,
    [property: Id(7)] DateTimeOffset OpenedAt,
    [property: Id(8)] IReadOnlyList<Guid> IntentionIds);

/// <summary>What an intention needs to know of its call; given when the call creates it and when the call closes.</summary>
[GenerateSerializer, Immutable, Alias("cp.CallTerms")]
public sealed record CallTerms(
    [property: Id(0)] int Year,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset Deadline,
    [property: Id(3)] IReadOnlyList<CallGroup> WorkingGroups,
    [property: Id(4)] Guid SteeringMeetingId,
    [property: Id(5)] bool Closed);
