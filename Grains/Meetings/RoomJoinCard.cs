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

    /// <summary>Checks a join card's choice and makes sure its codes exist; changes the state only when it succeeds.</summary>
    public static async Task Prepare(Guid meetingId, MeetingState state, JoinCardCodes codes, IGrainFactory grains, DateTimeOffset now)
    {
        if (codes is not (JoinCardCodes.Public or JoinCardCodes.Participants or JoinCardCodes.Both))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "a join card shows the public code, the participants' code or both");
        }

        var participants = Shows(codes, JoinCardCodes.Participants) && OpenInvite(state, now) is null;
        if (participants && state.Invites.Count >= MeetingGrain.MaxInvites)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MeetingGrain.MaxInvites} invites");
        }

        if (Shows(codes, JoinCardCodes.Public))
        {
            if (state.Details?.PublicWatchEnabled != true)
            {
                throw new DomainException(ErrorCodes.PublicWatchDisabled);
            }

            if (CurrentPublicCode(state) is null)
            {
                // Only the hash of an earlier code is known (or none was issued): the card needs a new one.
                SetPublicCode(state, await JoinCodes.Issue(grains, new JoinCodeTarget(meetingId, InviteId: null)));
            }
        }

        if (participants)
        {
            var invite = new InviteInfo(Guid.NewGuid(), MeetingRole.Participant, now, ExpiresAt: null, RevokedAt: null, Uses: 0);
            state.Invites.Add(invite);
            state.RoomInviteId = invite.InviteId;
        }
    }

    public static void SetPublicCode(MeetingState state, string? code)
    {
        state.PublicCode = code;
        state.PublicCodeHash = code is null ? null : JoinCodes.Hash(code);
    }

    /// <summary>What the card shows now to someone of this role: with nothing else shown, the public code if there is one.</summary>
    public async Task<JoinCard> Read(Guid meetingId, MeetingState state, MeetingRole role, IGrainFactory grains, DateTimeOffset now)
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
        if (Shows(codes, JoinCardCodes.Participants) && role == MeetingRole.Facilitator && OpenInvite(state, now) is { } invite)
        {
            if (_participants?.InviteId != invite.InviteId)
            {
                _participants = (invite.InviteId, await JoinCodes.Issue(grains, new JoinCodeTarget(meetingId, invite.InviteId)));
            }

            participantsCode = _participants.Value.Code;
        }

        return new JoinCard(publicCode, participantsCode);
    }

    /// <summary>The public code if it is still the current one (a code replaced or ended is never shown).</summary>
    private static string? CurrentPublicCode(MeetingState state) =>
        state.PublicCode is { } code && JoinCodes.Hash(code) == state.PublicCodeHash ? code : null;

    private static InviteInfo? OpenInvite(MeetingState state, DateTimeOffset now) =>
        state.Invites.Find(i => i.InviteId == state.RoomInviteId && i.RevokedAt is null && !(i.ExpiresAt <= now));
}
