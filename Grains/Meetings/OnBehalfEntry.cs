using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Who may enter input for someone else, and for whom: the one check every kind of input entered on someone's behalf
/// goes through (the part it goes to then checks what it checks for the person's own input, e.g. the right to vote).
/// </summary>
public static class OnBehalfEntry
{
    /// <summary>
    /// Null for one's own input. Otherwise the marker, when <paramref name="by"/> is a facilitator or an allowed proxy
    /// (an observer: <c>forbidden</c>, as for every input but questions; a participant: <c>on_behalf.not_allowed</c>)
    /// and the person is someone else taking part, not removed (<c>on_behalf.invalid_person</c>).
    /// </summary>
    public static async Task<OnBehalf?> Resolve(IMeetingRosterGrain roster, RosterEntry by, Guid? forId)
    {
        if (forId is not { } id)
        {
            return null;
        }

        if (by.Role < MeetingRole.Participant)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        if (by.Role < MeetingRole.Facilitator && !by.Proxy)
        {
            throw new DomainException(ErrorCodes.OnBehalfNotAllowed);
        }

        var person = await roster.Member(id);
        if (person.ParticipantId == by.ParticipantId || person.Role < MeetingRole.Participant || person.Removed)
        {
            throw new DomainException(ErrorCodes.OnBehalfInvalidPerson);
        }

        return new OnBehalf(person.ParticipantId, person.DisplayName, by.ParticipantId, by.DisplayName);
    }

    /// <summary>
    /// The moderation log's record of input entered on someone's behalf: who entered it, for whom, what kind; never what
    /// was chosen (a secret ballot's record is the same whatever the ballot says).
    /// </summary>
    public static ModerationRecord Recorded(OnBehalf onBehalf, ModerationAction kind, DateTimeOffset at) =>
        new(at, onBehalf.ById, onBehalf.ByName, kind, onBehalf.ForId, onBehalf.ForName);
}
