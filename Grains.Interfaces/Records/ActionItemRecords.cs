namespace CommunityPlanning.Records;

/// <summary>Where a task stands; open and in-progress tasks carry over to the group's next meeting.</summary>
public enum ActionItemStatus
{
    Open = 0,
    InProgress = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>A task as the facilitator enters it: what, who is responsible ("Z:"), by when, under which agenda item.</summary>
[GenerateSerializer, Immutable, Alias("cp.ActionItemDraft")]
public sealed record ActionItemDraft(
    [property: Id(0)] string Text,
    [property: Id(1)] string Responsible,
    [property: Id(2)] DateOnly? Due,
    [property: Id(3)] Guid? AgendaItemId);

/// <summary>
/// A task from the minutes. <see cref="OriginMeetingId"/> is the meeting that set it; a task carried over keeps
/// its id, so the group's task list shows each task once, as its latest meeting left it. <see cref="NoteLine"/> is the
/// line of the item's notes the task was read from ("Z: K. Marcinková, T: 15. 12."); null for a task entered as one.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ActionItem")]
public sealed record ActionItem(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string Responsible,
    [property: Id(3)] DateOnly? Due,
    [property: Id(4)] ActionItemStatus Status,
    [property: Id(5)] Guid? AgendaItemId,
    [property: Id(6)] Guid OriginMeetingId,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset ChangedAt,
    [property: Id(9)] string? NoteLine = null)
{
    public bool IsOpen => Status is ActionItemStatus.Open or ActionItemStatus.InProgress;
}
