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

    public async Task<Admission> Redeem(string displayName)
    {
        var target = state.State.Target ?? throw new DomainException(ErrorCodes.InviteInvalid);
        var entry = await GrainFactory.GetGrain<IMeetingGrain>(target.MeetingId).AdmitByInvite(target.InviteId, displayName);
        return new Admission(target.MeetingId, entry);
    }
}
