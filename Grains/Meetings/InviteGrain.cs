using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Meetings;

public sealed class InviteGrain(
    [PersistentState("invite", GrainStorage.Name)] IPersistentState<InviteState> state) : Grain, IInviteGrain
{
    public async Task Register(InviteTarget target)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.Target = target;
        await state.WriteStateAsync();
    }

    public async Task<Admission> Redeem(string displayName, IReadOnlyList<HeldSeat>? held = null, bool confirmSeat = false)
    {
        var target = state.State.Target ?? throw new DomainException(ErrorCodes.InviteInvalid);
        var seat = held?.FirstOrDefault(s => s.MeetingId == target.MeetingId)?.ParticipantId;
        var entry = await GrainFactory.GetGrain<IMeetingRosterGrain>(target.MeetingId).AdmitByInvite(target.InviteId, displayName, seat, confirmSeat);
        return new Admission(target.MeetingId, entry);
    }

    public Task<JoinPreview> Describe()
    {
        var target = state.State.Target ?? throw new DomainException(ErrorCodes.InviteInvalid);
        return GrainFactory.GetGrain<IMeetingRosterGrain>(target.MeetingId).PreviewAdmission(target.InviteId, codeHash: null);
    }
}
