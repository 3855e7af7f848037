namespace CommunityPlanning.Meetings;

/// <summary>
/// Attendance as the records keep it. <see cref="Unmarked"/> people count as present while connected;
/// the facilitator marks people in the room present, and others excused or absent.
/// </summary>
public enum Attendance
{
    Unmarked = 0,
    Present = 1,
    Excused = 2,
    Absent = 3,
}

/// <summary>Members of the working group are counted apart from guests and staff ("9 (+1 ORK)").</summary>
public enum AttendeeKind
{
    Member = 0,
    Guest = 1,
    Staff = 2,
}
