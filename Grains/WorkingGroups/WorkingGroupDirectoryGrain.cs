using CommunityPlanning.Hosting;

namespace CommunityPlanning.WorkingGroups;

public sealed class WorkingGroupDirectoryGrain(
    [PersistentState("directory", GrainStorage.Name)] IPersistentState<WorkingGroupDirectoryState> state)
    : Grain, IWorkingGroupDirectoryGrain
{
    public async Task Register(WorkingGroupSummary group)
    {
        state.State.Groups.RemoveAll(g => g.Id == group.Id);
        state.State.Groups.Add(group);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<WorkingGroupSummary>> List() =>
        Task.FromResult<IReadOnlyList<WorkingGroupSummary>>([.. state.State.Groups]);
}
