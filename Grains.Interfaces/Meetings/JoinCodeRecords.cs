namespace CommunityPlanning.Meetings;

/// <summary>What a join code stands for: an invite of a meeting, or (no <see cref="InviteId"/>) its public observer link.</summary>
[GenerateSerializer, Immutable, Alias("cp.JoinCodeTarget")]
public sealed record JoinCodeTarget(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] Guid? InviteId);

/// <summary>
/// What an invite or code admits to, shown before a person gives their name: nothing beyond the meeting's title,
/// group, time, place and the role they would get.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.JoinPreview")]
public sealed record JoinPreview(
    [property: Id(0)] string Title,
    [property: Id(1)] Guid WorkingGroupId,
    [property: Id(2)] DateTimeOffset StartsAt,
    [property: Id(3)] string? Place,
    [property: Id(4)] MeetingRole Role);
