using CommunityPlanning.Hosting;

namespace CommunityPlanning.Security;

public sealed class KeyRingGrain(
    [PersistentState("keyring", GrainStorage.Name)] IPersistentState<KeyRingState> state) : Grain, IKeyRingGrain
{
    public Task<IReadOnlyList<string>> GetElements() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Elements]);

    public async Task StoreElement(string xml)
    {
        state.State.Elements.Add(xml);
        await state.WriteStateAsync();
    }
}
