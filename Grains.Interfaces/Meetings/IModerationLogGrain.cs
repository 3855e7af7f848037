namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's moderation log (same key as the meeting): who did what to whom and when, the last
/// <c>ModerationLogGrain.MaxRecords</c> kept. Written on its own, so a long log is not rewritten with every other change;
/// it calls no grain.
/// </summary>
[Alias("cp.IModerationLogGrain")]
public interface IModerationLogGrain : IGrainWithGuidKey
{
    /// <summary>Stores the records and returns their events for the caller to publish.</summary>
    [Alias("Record")]
    Task<IReadOnlyList<MeetingEvent>> Record(IReadOnlyList<ModerationRecord> records);

    [Alias("Get")]
    Task<IReadOnlyList<ModerationRecord>> Get();
}
