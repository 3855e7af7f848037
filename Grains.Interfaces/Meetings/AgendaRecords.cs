using CommunityPlanning.Voting;

namespace CommunityPlanning.Meetings;

/// <summary>What kind of programme item it is; the records number items "1.", "2.", … and end with "Různé".</summary>
public enum AgendaItemKind
{
    Report = 0,
    Discussion = 1,
    Brainstorm = 2,
    Vote = 3,
    Break = 4,
    Other = 5,

    /// <summary>Checking the tasks of earlier meetings; the minutes list the carried-over tasks under it.</summary>
    TaskReview = 6,
}

[GenerateSerializer, Immutable, Alias("cp.AgendaItemDraft")]
public sealed record AgendaItemDraft(
    [property: Id(0)] string Title,
    [property: Id(1)] string? Presenter,
    [property: Id(2)] int PlannedMinutes,
    [property: Id(3)] AgendaItemKind Kind);

/// <summary>
/// One programme item. <see cref="SpentMs"/> is the time it was the current item while the meeting was live,
/// not counting the stretch running now (<see cref="Agenda.CurrentSince"/>). <see cref="Intentions"/> are the
/// development intentions the item deals with (an item added by <c>AddIntentionItem</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.AgendaItem")]
public sealed record AgendaItem(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Presenter,
    [property: Id(3)] int PlannedMinutes,
    [property: Id(4)] AgendaItemKind Kind,
    [property: Id(5)] long SpentMs,
    [property: Id(6)] IReadOnlyList<IntentionRef>? Intentions = null);

/// <summary>The programme in order, and the item being dealt with now (time counts from <see cref="CurrentSince"/>).</summary>
[GenerateSerializer, Immutable, Alias("cp.Agenda")]
public sealed record Agenda(
    [property: Id(0)] IReadOnlyList<AgendaItem> Items,
    [property: Id(1)] Guid? CurrentItemId,
    [property: Id(2)] DateTimeOffset? CurrentSince)
{
    public static readonly Agenda Empty = new([], null, null);
}
