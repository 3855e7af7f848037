using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Who may write in a meeting's documents: its vision document, participants until the meeting ends; its minutes,
/// participants while it runs and facilitators also afterwards (they finish and correct the notes). A muted person
/// writes nothing, a facilitator is never muted.
/// </summary>
public static class DocumentAuthorship
{
    public static RosterEntry Contributor(Roster roster, Actor actor, MeetingRole atLeast = MeetingRole.Participant)
    {
        var entry = roster.Usable(roster.Find(actor));
        if (entry.Role < atLeast)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        roster.RequireNotEnded();
        return entry.Muted ? throw new DomainException(ErrorCodes.ParticipantMuted) : entry;
    }

    public static RosterEntry MinutesEditor(Roster roster, Actor actor)
    {
        var entry = roster.Usable(roster.Find(actor));
        var needed = roster.Details.Phase == MeetingPhase.Ended ? MeetingRole.Facilitator : MeetingRole.Participant;
        if (entry.Role < needed)
        {
            throw new DomainException(entry.Role >= MeetingRole.Participant ? ErrorCodes.MeetingEnded : ErrorCodes.Forbidden);
        }

        return entry.Muted && entry.Role < MeetingRole.Facilitator ? throw new DomainException(ErrorCodes.ParticipantMuted) : entry;
    }
}
