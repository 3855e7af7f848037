using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.WorkingGroups;

public sealed class WorkingGroupDirectoryGrain(
    [PersistentState("directory", GrainStorage.Name)] IPersistentState<WorkingGroupDirectoryState> state)
    : Grain, IWorkingGroupDirectoryGrain
{
    public async Task Register(WorkingGroupSummary group, IReadOnlyList<Guid> managerAccountIds)
    {
        state.State.Groups.RemoveAll(g => g.Id == group.Id);
        state.State.Groups.Add(group);
        state.State.Managers[group.Id] = [.. managerAccountIds];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<WorkingGroupSummary>> List(Actor actor) =>
        Task.FromResult<IReadOnlyList<WorkingGroupSummary>>(
        [
            .. state.State.Groups.Where(g => actor.IsAdministrator
                || (actor.AccountId is { } id && state.State.Managers.GetValueOrDefault(g.Id)?.Contains(id) == true)),
        ]);
}
