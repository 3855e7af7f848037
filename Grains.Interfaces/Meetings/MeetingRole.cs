namespace CommunityPlanning.Meetings;

/// <summary>A person's role in one meeting; each role may do everything the roles below it may.</summary>
public enum MeetingRole
{
    Observer = 0,
    Participant = 1,
    Facilitator = 2,
}
