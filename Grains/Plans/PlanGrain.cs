using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Plans;

public sealed class PlanGrain(
    [PersistentState("plan", GrainStorage.Name)] IPersistentState<PlanState> state,
    TimeProvider time) : Grain, IPlanGrain
{
    public async Task<PlanView> Create(Guid workingGroupId, PlanDraft draft)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        var valid = PlanRules.Validate(draft);
        state.State = new PlanState
        {
            WorkingGroupId = workingGroupId,
            Title = valid.Title,
            Version = 1,
            CreatedAt = time.GetUtcNow(),
            Nodes = PlanTree.FromDraft(valid),
        };
        await state.WriteStateAsync();
        return View();
    }

    public Task<PlanView> Get()
    {
        RequireExists();
        return Task.FromResult(View());
    }

    public async Task<PlanView> AddNode(Actor actor, PlanNodeAddition addition)
    {
        await AuthorizeEdit(actor);
        var content = PlanRules.Content(addition?.Content);
        PlanTree.Add(state.State, addition!.ParentId, content, addition.Position);
        return await Save();
    }

    public async Task<PlanView> EditNode(Actor actor, Guid nodeId, long expectedVersion, PlanNodeContent content)
    {
        await AuthorizeEdit(actor);
        PlanTree.Edit(state.State, nodeId, expectedVersion, PlanRules.Content(content));
        return await Save();
    }

    public async Task<PlanView> RemoveNode(Actor actor, Guid nodeId, long expectedVersion)
    {
        await AuthorizeEdit(actor);
        PlanTree.Remove(state.State, nodeId, expectedVersion);
        return await Save();
    }

    public async Task<PlanView> MoveNode(Actor actor, Guid nodeId, long expectedVersion, Guid? parentId, int position)
    {
        await AuthorizeEdit(actor);
        PlanTree.Move(state.State, nodeId, expectedVersion, parentId, position);
        return await Save();
    }

    /// <summary>The group decides who organizes it: its manager and administrators edit its plans.</summary>
    private async Task AuthorizeEdit(Actor actor)
    {
        RequireExists();
        await GrainFactory.GetGrain<IWorkingGroupGrain>(state.State.WorkingGroupId).AuthorizeManager(actor);
    }

    private async Task<PlanView> Save()
    {
        state.State.Version++;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The change was made in memory only: the next activation reloads what was written.
            DeactivateOnIdle();
            throw;
        }

        return View();
    }

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }
    }

    private PlanView View() => PlanTree.View(this.GetPrimaryKey(), state.State);
}
