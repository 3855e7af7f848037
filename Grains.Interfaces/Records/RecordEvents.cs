using CommunityPlanning.Meetings;

namespace CommunityPlanning.Records;

/// <summary>The meeting's tasks changed; carries the whole (small) list.</summary>
[GenerateSerializer, Immutable, Alias("cp.ActionItemsChanged")]
public sealed record ActionItemsChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] IReadOnlyList<ActionItem> Items) : MeetingEvent(MeetingId, Seq);

/// <summary>The minutes' footer changed or a version was approved.</summary>
[GenerateSerializer, Immutable, Alias("cp.MinutesChanged")]
public sealed record MinutesChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] MinutesInfo Minutes) : MeetingEvent(MeetingId, Seq);
