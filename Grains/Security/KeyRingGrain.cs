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

    public async Task<bool> ReplaceElement(string stored, string replacement)
    {
        var index = state.State.Elements.IndexOf(stored);
        if (index < 0)
        {
            return false; // another web server replaced it a moment ago
        }

        state.State.Elements[index] = replacement;
        await state.WriteStateAsync();
        return true;
    }
}
