using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>What an invite still gives: a revoked or expired one admits nobody, and ends the access of everyone it admitted.</summary>
public static class InviteAccess
{
    /// <summary>Refuses with <c>invite.revoked</c> or <c>invite.expired</c> unless the invite is open.</summary>
    public static void RequireOpen(InviteInfo invite, DateTimeOffset now)
    {
        if (invite.RevokedAt is not null)
        {
            throw new DomainException(ErrorCodes.InviteRevoked);
        }

        if (invite.ExpiresAt is { } expiry && expiry <= now)
        {
            throw new DomainException(ErrorCodes.InviteExpired);
        }
    }

    /// <summary>The entries whose invite is revoked or expired and that do not say so yet.</summary>
    public static IReadOnlyList<RosterEntry> Ending(IReadOnlyList<RosterEntry> roster, IReadOnlyList<InviteInfo> invites, DateTimeOffset now)
    {
        var closed = invites.Where(i => i.RevokedAt is not null || i.ExpiresAt <= now).Select(i => i.InviteId).ToHashSet();
        return [.. roster.Where(e => e.InviteId is { } id && closed.Contains(id) && !e.AccessEnded)];
    }
}
