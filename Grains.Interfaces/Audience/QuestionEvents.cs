using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>The questions changed: the released and answered ones as everyone sees them, and how many wait (no text).</summary>
[GenerateSerializer, Immutable, Alias("cp.QuestionsChanged")]
public sealed record QuestionsChanged(
    Guid MeetingId,
    long Seq,
    [property: Id(0)] QuestionsView Questions) : MeetingEvent(MeetingId, Seq);
