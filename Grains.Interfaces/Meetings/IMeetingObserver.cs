namespace CommunityPlanning.Meetings;

/// <summary>
/// Implemented by each web server's relay; receives a meeting's events, in order, to pass to its local
/// clients. The grain sends the next batch only after this call returns, so it should only enqueue.
/// </summary>
[Alias("cp.IMeetingObserver")]
public interface IMeetingObserver : IGrainObserver
{
    [Alias("OnEvents")]
    Task OnEvents(IReadOnlyList<MeetingEvent> events);
}
