using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// A participant ticket proves "I am roster entry P of meeting M". It is issued when an invite is redeemed,
/// kept by the browser, and presented when joining the meeting's live channel. It holds no role: the meeting
/// grain decides the role at every call, so a changed or removed entry takes effect at once.
/// </summary>
public sealed class ParticipantTickets(IDataProtectionProvider provider, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("CommunityPlanning.ParticipantTicket.v1").ToTimeLimitedDataProtector();

    public string Issue(Guid meetingId, Guid participantId) =>
        _protector.Protect($"{meetingId:N}.{participantId:N}", time.GetUtcNow() + Lifetime);

    /// <summary>The participant id, or <c>ticket.invalid</c> if forged, expired or for another meeting.</summary>
    public Guid Read(string? ticket, Guid meetingId) =>
        TryRead(ticket) is { } seat && seat.MeetingId == meetingId ? seat.ParticipantId : throw new DomainException(ErrorCodes.TicketInvalid);

    /// <summary>The seat a genuine, unexpired ticket proves, else null.</summary>
    public HeldSeat? TryRead(string? ticket)
    {
        try
        {
            var parts = _protector.Unprotect(ticket ?? "").Split('.');
            if (parts.Length == 2 && Guid.TryParseExact(parts[0], "N", out var meetingId)
                && Guid.TryParseExact(parts[1], "N", out var participantId))
            {
                return new HeldSeat(meetingId, participantId);
            }
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
        }

        return null;
    }
}
