using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Who calls an HTTP endpoint of one meeting: a participant presenting their ticket in the
/// <c>X-Participant-Ticket</c> header (never in the address, which ends up in logs and history), else the
/// signed-in organizer. The meeting grain then decides what that person may do.
/// </summary>
public static class MeetingCaller
{
    public const string TicketHeader = "X-Participant-Ticket";

    public static Actor Resolve(HttpContext http, Guid meetingId, ParticipantTickets tickets) =>
        http.Request.Headers[TicketHeader].FirstOrDefault() is { Length: > 0 } ticket
            ? Actor.Participant(tickets.Read(ticket, meetingId), "")
            : OrganizerClaims.RequireActor(http.User);
}
