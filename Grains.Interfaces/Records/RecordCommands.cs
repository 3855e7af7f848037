using CommunityPlanning.Meetings;

namespace CommunityPlanning.Records;

/// <summary>
/// A change to the meeting's record (tasks, footer, approval). Facilitators may still make these after the
/// meeting ended: minutes are finished and corrected afterwards.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.RecordCommand")]
public abstract record RecordCommand : MeetingCommand;

[GenerateSerializer, Immutable, Alias("cp.AddActionItem")]
public sealed record AddActionItem([property: Id(0)] ActionItemDraft Item) : RecordCommand;

[GenerateSerializer, Immutable, Alias("cp.UpdateActionItem")]
public sealed record UpdateActionItem([property: Id(0)] Guid ItemId, [property: Id(1)] ActionItemDraft Item) : RecordCommand;

[GenerateSerializer, Immutable, Alias("cp.SetActionItemStatus")]
public sealed record SetActionItemStatus([property: Id(0)] Guid ItemId, [property: Id(1)] ActionItemStatus Status) : RecordCommand;

/// <summary>Removes a task set in this meeting (a carried-over one is closed instead, so its history stays).</summary>
[GenerateSerializer, Immutable, Alias("cp.RemoveActionItem")]
public sealed record RemoveActionItem([property: Id(0)] Guid ItemId) : RecordCommand;

/// <summary>Brings in the open tasks of the group's previous meeting that are not here yet.</summary>
[GenerateSerializer, Immutable, Alias("cp.CarryOverActionItems")]
public sealed record CarryOverActionItems : RecordCommand;

[GenerateSerializer, Immutable, Alias("cp.SetMinutesFooter")]
public sealed record SetMinutesFooter([property: Id(0)] MinutesFooter Footer) : RecordCommand;

/// <summary>
/// Marks an agenda item as a second block of the programme item before it (its "Ad" number is that item's), or not;
/// an imported record whose programme item had two blocks keeps them so.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SetMinutesItemContinues")]
public sealed record SetMinutesItemContinues([property: Id(0)] Guid AgendaItemId, [property: Id(1)] bool Continues) : RecordCommand;

/// <summary>
/// Makes the tasks typed in the notes ("Z: K. Marcinková, T: 15. 12.") the meeting's tasks now, as composing the
/// minutes does: the minute-taker's browser sends it after typing such a line, so the task shows while they write.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.SyncNotedTasks")]
public sealed record SyncNotedTasks : RecordCommand;

/// <summary>Freezes the minutes as they are now as the next approved version.</summary>
[GenerateSerializer, Immutable, Alias("cp.ApproveMinutes")]
public sealed record ApproveMinutes : RecordCommand;
