using CommunityPlanning.Hosting;

namespace CommunityPlanning.Accounts;

public sealed class AccountDirectoryGrain(
    [PersistentState("accounts", GrainStorage.Name)] IPersistentState<AccountDirectoryState> state)
    : Grain, IAccountDirectoryGrain
{
    public async Task Register(OrganizerAccount account)
    {
        if (state.State.Accounts.GetValueOrDefault(account.Id) == account)
        {
            return;
        }

        state.State.Accounts[account.Id] = account;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<OrganizerAccount>> List() =>
        Task.FromResult<IReadOnlyList<OrganizerAccount>>([.. state.State.Accounts.Values.OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)]);

    public Task<OrganizerAccount?> Find(Guid accountId) =>
        Task.FromResult(state.State.Accounts.GetValueOrDefault(accountId));
}

[GenerateSerializer, Alias("cp.AccountDirectoryState")]
public sealed class AccountDirectoryState
{
    [Id(0)] public Dictionary<Guid, OrganizerAccount> Accounts { get; set; } = [];
}
