using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Meetings;

public sealed class JoinCodeGrain(
    [PersistentState("joinCode", GrainStorage.Name)] IPersistentState<JoinCodeState> state) : Grain, IJoinCodeGrain
{
    /// <summary>Refusals that would tell a guesser something about a code: all of them answer <c>join_code.invalid</c>.</summary>
    private static readonly HashSet<string> Hidden =
        [ErrorCodes.InviteInvalid, ErrorCodes.InviteExpired, ErrorCodes.InviteRevoked, ErrorCodes.PublicWatchDisabled, ErrorCodes.NotFound,
         ErrorCodes.MeetingEnded];

    private string CodeHash => this.GetPrimaryKeyString();

    public async Task Register(JoinCodeTarget target)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.Target = target;
        await state.WriteStateAsync();
    }

    public Task<JoinPreview> Describe() =>
        Hiding(target => GrainFactory.GetGrain<IMeetingRosterGrain>(target.MeetingId).PreviewAdmission(target.InviteId, CodeHash));

    public Task<Admission> Redeem(string displayName, IReadOnlyList<HeldSeat>? held = null, bool confirmSeat = false) => Hiding(async target =>
    {
        var seat = held?.FirstOrDefault(s => s.MeetingId == target.MeetingId)?.ParticipantId;
        var roster = GrainFactory.GetGrain<IMeetingRosterGrain>(target.MeetingId);
        var entry = target.InviteId is { } inviteId
            ? await roster.AdmitByInvite(inviteId, displayName, seat, confirmSeat)
            : await roster.AdmitByPublicCode(CodeHash, displayName, seat);
        return new Admission(target.MeetingId, entry);
    });

    private async Task<T> Hiding<T>(Func<JoinCodeTarget, Task<T>> call)
    {
        var target = state.State.Target ?? throw new DomainException(ErrorCodes.JoinCodeInvalid);
        try
        {
            return await call(target);
        }
        catch (DomainException e) when (Hidden.Contains(e.Code))
        {
            throw new DomainException(ErrorCodes.JoinCodeInvalid);
        }
    }
}
