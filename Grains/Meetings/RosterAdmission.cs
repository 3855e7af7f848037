using System.Globalization;
using System.Text;
using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Who is coming in by an invite: someone whose ticket shows they already have a seat gets it back (no second seat
/// for one person), and someone removed, recognised by their ticket or by their name, is refused until readmitted.
/// A name that a seat of the same invite already has (<see cref="NameKey"/>) is not silently a second seat: the person
/// is asked whether it is theirs (<c>participant.name_taken</c>) and, confirming, takes it back, but never while that
/// seat is connected (<c>participant.seat_in_use</c>): whoever knows a name on a shared invite must not push its person
/// out, and the facilitator sees every seat taken back by name in the moderation log.
/// </summary>
public static class RosterAdmission
{
    /// <summary>The seat to give back, if any, and whether it was claimed by name; refuses as the summary says.</summary>
    public static (RosterEntry Seat, bool ByName)? Returning(
        IReadOnlyList<RosterEntry> roster, IReadOnlyList<MergedSeat> merged, Guid inviteId, string name, Guid? heldParticipantId,
        bool confirmSeat, Func<Guid, bool> isConnected, Func<string, string>? nameKey = null)
    {
        nameKey ??= NameKey;
        var held = heldParticipantId is { } id ? Seat(roster, merged, id) : null;
        var key = nameKey(name);
        if (held is { Removed: true } || roster.Any(e => e.Removed && nameKey(e.DisplayName) == key))
        {
            throw new DomainException(ErrorCodes.ParticipantRemoved);
        }

        if (held is { AccessEnded: false } && CameBy(held, inviteId, merged))
        {
            return (held, false);
        }

        var named = Named(roster, merged, inviteId, key, nameKey);
        if (named.Count == 0)
        {
            return null;
        }

        var free = named.Find(e => !isConnected(e.ParticipantId)) ?? throw new DomainException(ErrorCodes.ParticipantSeatInUse);
        return confirmSeat ? (free, true) : throw new DomainException(ErrorCodes.ParticipantNameTaken);
    }

    /// <summary>A person's seat: their own entry, or the one their seat was merged into.</summary>
    public static RosterEntry? Seat(IReadOnlyList<RosterEntry> roster, IReadOnlyList<MergedSeat> merged, Guid participantId)
    {
        var id = merged.FirstOrDefault(m => m.ParticipantId == participantId)?.KeptId ?? participantId;
        return roster.FirstOrDefault(e => e.ParticipantId == id);
    }

    /// <summary>Whether a seat (or one merged into it) came by the invite.</summary>
    private static bool CameBy(RosterEntry seat, Guid inviteId, IReadOnlyList<MergedSeat> merged) =>
        seat.InviteId == inviteId || merged.Any(m => m.KeptId == seat.ParticipantId && m.InviteId == inviteId);

    /// <summary>The usable seats, oldest first, that came by the invite under the name (a merged seat's name leads to its kept one).</summary>
    private static List<RosterEntry> Named(
        IReadOnlyList<RosterEntry> roster, IReadOnlyList<MergedSeat> merged, Guid inviteId, string key, Func<string, string> nameKey)
    {
        var ids = roster.Where(e => e.InviteId == inviteId && nameKey(e.DisplayName) == key).Select(e => e.ParticipantId)
            .Concat(merged.Where(m => m.InviteId == inviteId && nameKey(m.DisplayName) == key).Select(m => m.KeptId))
            .ToHashSet();
        return [.. roster.Where(e => ids.Contains(e.ParticipantId) && e is { Removed: false, AccessEnded: false }).OrderBy(e => e.AddedAt)];
    }

    /// <summary>A name as people would say it: case, accents and spacing aside ("Jana  Nováková" is "jana novakova").</summary>
    public static string NameKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().TrimEnd();
    }
}
