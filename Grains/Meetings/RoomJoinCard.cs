using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// The codes on the room screen's join card. The public observer code is kept in the state (it admits no more than the
/// public link). A participants' code admits anyone who reads it, so it exists only when the facilitator shows it: an
/// invite of its own (listed with the others, revocable there, ending with the meeting), whose code is kept in memory
/// only and issued again after the grain moves (the earlier one keeps working with its invite).
/// </summary>
public sealed class RoomJoinCard
{
    private (Guid InviteId, string Code)? _participants;

    public static bool Shows(JoinCardCodes codes, JoinCardCodes part) => (codes & part) == part;

    /// <summary>Checks a join card's choice and makes sure its codes exist (the room's invite on the roster first).</summary>
    public static async Task Prepare(Guid meetingId, MeetingState state, JoinCardCodes codes, MeetingParts parts, DateTimeOffset now)
    {
        if (codes is not (JoinCardCodes.Public or JoinCardCodes.Participants or JoinCardCodes.Both))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "a join card shows the public code, the participants' code or both");
        }

        if (Shows(codes, JoinCardCodes.Public) && state.Details?.PublicWatchEnabled != true)
        {
            throw new DomainException(ErrorCodes.PublicWatchDisabled);
        }

        if (Shows(codes, JoinCardCodes.Participants))
        {
            state.RoomInviteId = (await parts.Roster.RoomInvite(state.RoomInviteId)).InviteId;
        }

        if (Shows(codes, JoinCardCodes.Public) && CurrentPublicCode(state) is null)
        {
            // Only the hash of an earlier code is known (or none was issued): the card needs a new one.
            SetPublicCode(state, await JoinCodes.Issue(parts.Grains, new JoinCodeTarget(meetingId, InviteId: null)));
        }
    }

    public static void SetPublicCode(MeetingState state, string? code)
    {
        state.PublicCode = code;
        state.PublicCodeHash = code is null ? null : JoinCodes.Hash(code);
    }

    /// <summary>What the card shows now to someone of this role: with nothing else shown, the public code if there is one.</summary>
    public async Task<JoinCard> Read(Guid meetingId, MeetingState state, MeetingRole role, MeetingParts parts)
    {
        var focus = state.Focus;
        var codes = state.Details?.Phase == MeetingPhase.Ended ? JoinCardCodes.None : focus.Kind switch
        {
            FocusKind.JoinCard => focus.Codes,
            FocusKind.None => JoinCardCodes.Public,
            _ => JoinCardCodes.None,
        };
        var publicCode = Shows(codes, JoinCardCodes.Public) && state.Details?.PublicWatchEnabled == true ? CurrentPublicCode(state) : null;
        string? participantsCode = null;
        if (Shows(codes, JoinCardCodes.Participants) && role == MeetingRole.Facilitator && state.RoomInviteId is { } roomInvite
            && await parts.Roster.OpenInvite(roomInvite) is { } invite)
        {
            if (_participants?.InviteId != invite.InviteId)
            {
                _participants = (invite.InviteId, await JoinCodes.Issue(parts.Grains, new JoinCodeTarget(meetingId, invite.InviteId)));
            }

            participantsCode = _participants.Value.Code;
        }

        return new JoinCard(publicCode, participantsCode);
    }

    /// <summary>The public code if it is still the current one (a code replaced or ended is never shown).</summary>
    private static string? CurrentPublicCode(MeetingState state) =>
        state.PublicCode is { } code && JoinCodes.Hash(code) == state.PublicCodeHash ? code : null;
}
