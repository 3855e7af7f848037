using CommunityPlanning.Hosting;

namespace CommunityPlanning.Intentions;

public sealed class IntentionCallDirectoryGrain(
    [PersistentState("intention-calls", GrainStorage.Name)] IPersistentState<IntentionCallDirectoryState> state)
    : Grain, IIntentionCallDirectoryGrain
{
    public async Task Put(IntentionCallView call)
    {
        // The list does not need each call's intentions; the call has them.
        state.State.Calls[call.Id] = call with { IntentionIds = [] };
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<IntentionCallView>> List() =>
        Task.FromResult<IReadOnlyList<IntentionCallView>>([.. state.State.Calls.Values.OrderByDescending(c => c.Year).ThenByDescending(c => c.OpenedAt)]);
}

[GenerateSerializer, Alias("cp.IntentionCallDirectoryState")]
public sealed class IntentionCallDirectoryState
{
    [Id(0)] public Dictionary<Guid, IntentionCallView> Calls { get; set; } = [];
}
