namespace CommunityPlanning.Meetings;

/// <summary>Scheduled → Live → Ended, forward only; an ended meeting is read-only.</summary>
public enum MeetingPhase
{
    Scheduled = 0,
    Live = 1,
    Ended = 2,
}
