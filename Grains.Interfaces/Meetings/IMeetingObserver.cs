using Orleans.Concurrency;

namespace CommunityPlanning.Meetings;

/// <summary>Implemented by each web server's relay; receives a meeting's events to pass to its local clients.</summary>
[Alias("cp.IMeetingObserver")]
public interface IMeetingObserver : IGrainObserver
{
    [Alias("OnEvent"), OneWay]
    Task OnEvent(MeetingEvent meetingEvent);
}
