using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlanning.Accounts;

public sealed class OrganizerGrain(
    [PersistentState("organizer", GrainStorage.Name)] IPersistentState<OrganizerState> state,
    IPasswordHasher<OrganizerState> hasher,
    TimeProvider time) : Grain, IOrganizerGrain
{
    public async Task<OrganizerAccount> Register(string displayName, string password, bool isAdministrator)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AccountExists);
        }

        var name = TextRules.Name(displayName);
        var email = TextRules.Email(this.GetPrimaryKeyString());
        PasswordRules.Validate(password);

        var account = new OrganizerState
        {
            Id = Guid.NewGuid(),
            Email = email,
            DisplayName = name,
            IsAdministrator = isAdministrator,
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        state.State = account;
        await state.WriteStateAsync();
        return account.ToAccount();
    }

    public async Task<OrganizerAccount> SignIn(string password)
    {
        if (!state.RecordExists)
        {
            // Same cost and answer as a wrong password, so e-mail addresses cannot be probed.
            hasher.VerifyHashedPassword(new OrganizerState(), DummyHash.Value, password ?? "");
            throw new DomainException(ErrorCodes.InvalidCredentials);
        }

        var account = state.State;
        var now = time.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            throw new DomainException(ErrorCodes.LockedOut);
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (result == PasswordVerificationResult.Failed)
        {
            account.FailedAttempts++;
            if (account.FailedAttempts >= PasswordRules.MaxFailedAttempts)
            {
                account.FailedAttempts = 0;
                account.LockedUntil = now + PasswordRules.LockoutDuration;
            }

            await state.WriteStateAsync();
            throw new DomainException(ErrorCodes.InvalidCredentials);
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, password!);
        }

        if (account.FailedAttempts != 0 || account.LockedUntil is not null || result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.FailedAttempts = 0;
            account.LockedUntil = null;
            await state.WriteStateAsync();
        }

        return account.ToAccount();
    }

    public Task<OrganizerAccount?> Get() =>
        Task.FromResult(state.RecordExists ? state.State.ToAccount() : null);

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<OrganizerState>().HashPassword(new OrganizerState(), Guid.NewGuid().ToString());
    }
}
