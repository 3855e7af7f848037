namespace CommunityPlanning.WorkingGroups;

[GenerateSerializer, Immutable, Alias("cp.WorkingGroupDraft")]
public sealed record WorkingGroupDraft(
    [property: Id(0)] string Name,
    [property: Id(1)] TargetGroup TargetGroup,
    [property: Id(2)] string? Description);

/// <summary>
/// A member of the group: their organisation with its IČO, and the providers they declared an interest in (for the
/// recusals of polls about development intentions). <see cref="Id"/> is given by the group when the member is added.
/// <see cref="ShowName"/>: the member chose that the public sees their name; otherwise the public sees their
/// organisation only (a group manager records the choice, as they keep the rest of the entry).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.GroupMember")]
public sealed record GroupMember(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Organization,
    [property: Id(2)] string? Ico = null,
    [property: Id(3)] IReadOnlyList<DeclaredInterest>? Interests = null,
    [property: Id(4)] Guid? Id = null,
    [property: Id(5)] bool ShowName = false)
{
    /// <summary>The name the public sees for the member ("" when they show neither name nor organisation).</summary>
    public static string PublicName(GroupMember member) => member.ShowName ? member.Name : member.Organization ?? "";
}

/// <summary>A provider a member declared an interest in, by IČO, by name, or both.</summary>
[GenerateSerializer, Immutable, Alias("cp.DeclaredInterest")]
public sealed record DeclaredInterest(
    [property: Id(0)] string? Ico,
    [property: Id(1)] string? Name);

/// <summary>A planned meeting in the group's schedule ("Harmonogram jednání"); times are Europe/Prague.</summary>
[GenerateSerializer, Immutable, Alias("cp.PlannedMeeting")]
public sealed record PlannedMeeting(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] TimeOnly? Time,
    [property: Id(2)] string? Place);

/// <summary>An organizer who runs the group: creates its meetings and vision documents, keeps its members, schedule and plans.</summary>
[GenerateSerializer, Immutable, Alias("cp.GroupManager")]
public sealed record GroupManager(
    [property: Id(0)] Guid AccountId,
    [property: Id(1)] string DisplayName);

[GenerateSerializer, Immutable, Alias("cp.WorkingGroupSummary")]
public sealed record WorkingGroupSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] TargetGroup TargetGroup);

[GenerateSerializer, Immutable, Alias("cp.WorkingGroupDetails")]
public sealed record WorkingGroupDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Name,
    [property: Id(2)] TargetGroup TargetGroup,
    [property: Id(3)] string? Description,
    [property: Id(11)] IReadOnlyList<GroupManager> Managers,
    [property: Id(6)] IReadOnlyList<GroupMember> Members,
    [property: Id(7)] IReadOnlyList<Guid> MeetingIds,
    [property: Id(8)] IReadOnlyList<Guid> VisionDocumentIds,
    [property: Id(9)] IReadOnlyList<PlannedMeeting> Schedule,
    [property: Id(10)] IReadOnlyList<Guid> PlanIds);
