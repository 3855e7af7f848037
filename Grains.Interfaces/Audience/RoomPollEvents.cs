using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>The word cloud changed: as everyone sees it (no hidden words, nobody's own answers); at most one a second for answers.</summary>
[GenerateSerializer, Immutable, Alias("cp.WordCloudChanged")]
public sealed record WordCloudChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] WordCloudView Cloud) : MeetingEvent(MeetingId, Seq);

/// <summary>
/// Reactions that came since the last burst (<see cref="Counts"/>, for the room screen to float) and those of the last
/// minute (<see cref="LastMinute"/>); at most one a second, never one per reaction.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.ReactionsBurst")]
public sealed record ReactionsBurst(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] IReadOnlyList<ReactionCount> Counts,
    [property: Id(1)] IReadOnlyList<ReactionCount> LastMinute) : MeetingEvent(MeetingId, Seq);
