using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Join codes: an invite's code lives and dies with its invite; the public link's code with public watching (only its
/// hash is kept here, so the meeting can tell the current one from earlier ones).
/// </summary>
public sealed partial class MeetingGrain
{
    public async Task<string> IssuePublicCode(Actor actor)
    {
        await AuthorizeChange(actor);
        if (!Details.PublicWatchEnabled)
        {
            throw new DomainException(ErrorCodes.PublicWatchDisabled);
        }

        var code = await JoinCodes.Issue(GrainFactory, new JoinCodeTarget(Id, InviteId: null));
        RoomJoinCard.SetPublicCode(state.State, code);
        // Room screens showing the earlier code read the card again; Publish writes the state.
        var events = new List<MeetingEvent>();
        SetRoomScreen(state.State.RoomScreen.Blanked, time.GetUtcNow(), events);
        await Publish(events);
        return code;
    }

    public Task<JoinPreview> PreviewAdmission(Guid? inviteId, string? codeHash)
    {
        RequireNotEnded();
        MeetingRole role;
        if (inviteId is { } id)
        {
            var invite = state.State.Invites.Find(i => i.InviteId == id) ?? throw new DomainException(ErrorCodes.InviteInvalid);
            RequireOpen(invite);
            role = invite.Role;
        }
        else
        {
            RequirePublicCode(codeHash);
            role = MeetingRole.Observer;
        }

        return Task.FromResult(new JoinPreview(Details.Title, Details.WorkingGroupId, Details.StartsAt, Details.Place, role));
    }

    public Task<RosterEntry> AdmitByPublicCode(string codeHash, string displayName, Guid? heldParticipantId)
    {
        RequirePublicCode(codeHash);
        return AdmitPublicObserver(displayName, heldParticipantId);
    }

    private void RequirePublicCode(string? codeHash)
    {
        if (!Details.PublicWatchEnabled || codeHash is null || codeHash != state.State.PublicCodeHash)
        {
            throw new DomainException(ErrorCodes.JoinCodeInvalid);
        }
    }
}
