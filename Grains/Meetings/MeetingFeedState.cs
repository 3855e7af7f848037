namespace CommunityPlanning.Meetings;

[GenerateSerializer, Alias("cp.MeetingFeedState")]
public sealed class MeetingFeedState
{
    /// <summary>
    /// The highest number this feed may give out without writing again. An activation starts above the previous
    /// one's reservation (numbers never repeat after a move or restart) and reserves a block ahead: one write per
    /// activation and per <see cref="MeetingFeedGrain.Block"/> events, not one per event.
    /// </summary>
    [Id(0)] public long Reserved { get; set; }
}
