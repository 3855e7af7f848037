using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.WorkingGroups;

public sealed class CalendarFeedGrain(
    [PersistentState("calendar-feed", GrainStorage.Name)] IPersistentState<CalendarFeedState> state) : Grain, ICalendarFeedGrain
{
    public async Task Register(Guid workingGroupId)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.WorkingGroupId = workingGroupId;
        await state.WriteStateAsync();
    }

    public async Task Revoke()
    {
        state.State.Revoked = true;
        await state.WriteStateAsync();
    }

    public Task<Guid> Resolve() =>
        state.State is { WorkingGroupId: { } id, Revoked: false } ? Task.FromResult(id) : throw new DomainException(ErrorCodes.NotFound, "calendar");
}

[GenerateSerializer, Alias("cp.CalendarFeedState")]
public sealed class CalendarFeedState
{
    [Id(0)] public Guid? WorkingGroupId { get; set; }
    [Id(1)] public bool Revoked { get; set; }
}
