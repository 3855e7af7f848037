using System.Globalization;
using System.Text;
using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Who is coming in by an invite: someone whose ticket shows they already have a seat gets it back (no second seat
/// for one person), and someone removed, recognised by their ticket or by their name, is refused until readmitted.
/// </summary>
public static class RosterAdmission
{
    /// <summary>The seat to give back, if any; refuses a removed person with <c>participant.removed</c>.</summary>
    public static RosterEntry? Returning(IReadOnlyList<RosterEntry> roster, Guid inviteId, string name, Guid? heldParticipantId)
    {
        var held = heldParticipantId is { } id ? roster.FirstOrDefault(e => e.ParticipantId == id) : null;
        var key = NameKey(name);
        if (held is { Removed: true } || roster.Any(e => e.Removed && NameKey(e.DisplayName) == key))
        {
            throw new DomainException(ErrorCodes.ParticipantRemoved);
        }

        return held is { AccessEnded: false } && held.InviteId == inviteId ? held : null;
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
