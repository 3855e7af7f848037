namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>Who calls, in the order of the table's columns.</summary>
public enum Role
{
    /// <summary>No cookie, no ticket.</summary>
    Anonymous,

    /// <summary>Joined by an Observer invite; presents its ticket.</summary>
    Observer,

    /// <summary>Joined by a Participant invite; presents its ticket.</summary>
    Participant,

    /// <summary>Joined by a Participant invite, then removed by the facilitator (RemoveParticipant); presents its ticket.</summary>
    RemovedParticipant,

    /// <summary>Joined another meeting by a Facilitator invite; presents that meeting's ticket here.</summary>
    FacilitatorOfAnotherMeeting,

    /// <summary>A signed-in organizer (not an administrator) who manages a different group.</summary>
    OrganizerOfAnotherGroup,

    /// <summary>A signed-in organizer (not an administrator) whom the administrator made a manager of the meeting's group.</summary>
    OrganizerOfTheGroup,

    /// <summary>A signed-in administrator.</summary>
    Administrator,
}

public static class Roles
{
    public static readonly Role[] All = Enum.GetValues<Role>();

    /// <summary>Roles that sign in with the organizer cookie.</summary>
    public static bool IsOrganizer(this Role role) =>
        role is Role.OrganizerOfAnotherGroup or Role.OrganizerOfTheGroup or Role.Administrator;
}
