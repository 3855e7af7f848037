namespace CommunityPlanning.Meetings;

/// <summary>
/// A meeting's one ordered stream of events for the web servers (same key as the meeting): numbers the events
/// without gaps, sends them to the subscribed relays in order, and forgets relays whose lease runs out. Only the
/// meeting grain publishes to it, so the meeting's snapshots and the numbers agree; it calls no grain itself.
/// </summary>
[Alias("cp.IMeetingFeedGrain")]
public interface IMeetingFeedGrain : IGrainWithGuidKey
{
    /// <summary>Numbers the events (in order) and sends them on; returns the last one's number.</summary>
    [Alias("Publish")]
    Task<long> Publish(IReadOnlyList<MeetingEvent> events);

    /// <summary>The number of the last event published (a snapshot taken now covers up to it).</summary>
    [Alias("Seq")]
    Task<long> Seq();

    /// <summary>Numbers go on above <paramref name="seq"/> (a meeting stored before the feed existed hands over its last number).</summary>
    [Alias("ContinueAfter")]
    Task ContinueAfter(long seq);

    [Alias("Subscribe")]
    Task Subscribe(string webServerId, IMeetingObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IReadOnlyList<string> webServerIds);
}
