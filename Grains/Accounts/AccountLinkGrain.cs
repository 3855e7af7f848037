using CommunityPlanning.Common;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Accounts;

/// <summary>Finds the account of a one-time link; the account decides whether the link is still its current one.</summary>
public sealed class AccountLinkGrain(
    [PersistentState("account-link", GrainStorage.Name)] IPersistentState<AccountLinkState> state) : Grain, IAccountLinkGrain
{
    public async Task Register(string email)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State.Email = email;
        await state.WriteStateAsync();
    }

    public Task<AccountLinkInfo> Describe() => Account().DescribeLink(this.GetPrimaryKeyString());

    public Task<OrganizerSession> Redeem(string password) => Account().RedeemLink(this.GetPrimaryKeyString(), password);

    private IOrganizerGrain Account() => state.State.Email is { Length: > 0 } email
        ? GrainFactory.GetGrain<IOrganizerGrain>(email)
        : throw new DomainException(ErrorCodes.AccountLinkInvalid);
}

[GenerateSerializer, Alias("cp.AccountLinkState")]
public sealed class AccountLinkState
{
    [Id(0)] public string Email { get; set; } = "";
}
