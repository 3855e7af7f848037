using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlanning.Accounts;

public sealed class OrganizerGrain(
    [PersistentState("organizer", GrainStorage.Name)] IPersistentState<OrganizerState> state,
    IPasswordHasher<OrganizerState> hasher,
    TimeProvider time) : Grain, IOrganizerGrain
{
    public const int MaxSessions = 20;
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    // In memory, for unknown addresses as for accounts: the same answers, and no write per wrong password.
    private readonly SignInThrottle _throttle = new();

    /// <summary>Accounts made before the directory existed join it when they are first used.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        state.RecordExists ? GrainFactory.GetGrain<IAccountDirectoryGrain>(0).Register(state.State.ToAccount()) : Task.CompletedTask;

    public async Task<OrganizerAccount> Register(string displayName, string password, bool isAdministrator)
    {
        PasswordRules.Validate(password);
        var account = Create(displayName, isAdministrator, AccountStatus.Active);
        account.PasswordHash = hasher.HashPassword(account, password);
        await Save();
        return account.ToAccount();
    }

    public async Task<OrganizerAccount> Invite(Actor by, string displayName, bool isAdministrator)
    {
        RequireAdministrator(by);
        Create(displayName, isAdministrator, AccountStatus.Invited);
        await Save();
        return state.State.ToAccount();
    }

    public async Task<IssuedAccountLink> IssueLink(Actor by)
    {
        RequireAdministrator(by);
        RequireExists();
        var token = InviteTokens.Create();
        var hash = InviteTokens.Hash(token);
        var expiresAt = time.GetUtcNow() + LinkLifetime;
        await GrainFactory.GetGrain<IAccountLinkGrain>(hash).Register(state.State.Email);
        state.State.LinkHash = hash;
        state.State.LinkExpiresAt = expiresAt;
        await state.WriteStateAsync();
        return new IssuedAccountLink(token, LinkPurpose, expiresAt);
    }

    public Task<AccountLinkInfo> DescribeLink(string linkHash)
    {
        var account = CurrentLink(linkHash);
        return Task.FromResult(new AccountLinkInfo(LinkPurpose, account.Email, account.DisplayName, account.LinkExpiresAt));
    }

    public async Task<OrganizerSession> RedeemLink(string linkHash, string password)
    {
        var account = CurrentLink(linkHash);
        PasswordRules.Validate(password);
        account.PasswordHash = hasher.HashPassword(account, password);
        account.Status = AccountStatus.Active;
        account.LinkHash = null;
        account.Sessions.Clear();
        var token = StartSession();
        await Save();
        return new OrganizerSession(account.ToAccount(), token);
    }

    public async Task<OrganizerSession> SignIn(string password)
    {
        if (CheckPassword(password))
        {
            state.State.PasswordHash = hasher.HashPassword(state.State, password!);
        }

        var token = StartSession();
        await state.WriteStateAsync();
        return new OrganizerSession(state.State.ToAccount(), token);
    }

    /// <summary>A new session's token; its hash joins the account's sessions (expired and the oldest beyond the limit go).</summary>
    private string StartSession()
    {
        var now = time.GetUtcNow();
        var sessions = state.State.Sessions;
        foreach (var old in sessions.Where(s => s.Value + SessionLifetime <= now).Select(s => s.Key).ToList())
        {
            sessions.Remove(old);
        }

        while (sessions.Count >= MaxSessions)
        {
            sessions.Remove(sessions.MinBy(s => s.Value).Key);
        }

        var token = InviteTokens.Create();
        sessions[InviteTokens.Hash(token)] = now;
        return token;
    }

    public async Task SignOut(string sessionToken)
    {
        if (state.RecordExists && state.State.Sessions.Remove(InviteTokens.Hash(sessionToken ?? "")))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<OrganizerAccount?> ValidateSession(string sessionToken) =>
        Task.FromResult(IsCurrent(sessionToken) ? state.State.ToAccount() : null);

    public async Task ChangePassword(string sessionToken, string currentPassword, string newPassword)
    {
        if (!IsCurrent(sessionToken))
        {
            throw new DomainException(ErrorCodes.Unauthenticated);
        }

        CheckPassword(currentPassword);
        PasswordRules.Validate(newPassword);
        var account = state.State;
        account.PasswordHash = hasher.HashPassword(account, newPassword);
        var current = InviteTokens.Hash(sessionToken);
        foreach (var other in account.Sessions.Keys.Where(k => k != current).ToList())
        {
            account.Sessions.Remove(other);
        }

        await state.WriteStateAsync();
    }

    public async Task<OrganizerAccount> SetActive(Actor by, bool active)
    {
        RequireAdministrator(by);
        RequireExists();
        var account = state.State;
        if (by.AccountId == account.Id)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "administrators cannot deactivate themselves");
        }

        account.Status = active
            ? account.PasswordHash.Length == 0 ? AccountStatus.Invited : AccountStatus.Active
            : AccountStatus.Deactivated;
        if (!active)
        {
            account.Sessions.Clear();
            account.LinkHash = null;
        }

        await Save();
        return account.ToAccount();
    }

    public Task<OrganizerAccount?> Get() =>
        Task.FromResult(state.RecordExists ? state.State.ToAccount() : null);

    private OrganizerState Create(string displayName, bool isAdministrator, AccountStatus status)
    {
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AccountExists);
        }

        state.State = new OrganizerState
        {
            Id = Guid.NewGuid(),
            Email = TextRules.Email(this.GetPrimaryKeyString()),
            DisplayName = TextRules.Name(displayName),
            IsAdministrator = isAdministrator,
            Status = status,
        };
        return state.State;
    }

    /// <summary>
    /// A password attempt under the throttle: refused while the account must wait, a wrong one slows the next attempt.
    /// Returns whether the stored hash should be renewed.
    /// </summary>
    private bool CheckPassword(string? password)
    {
        var now = time.GetUtcNow();
        if (_throttle.Wait(now) is { Ticks: > 0 } wait)
        {
            throw new DomainException(ErrorCodes.SignInThrottled, $"{Math.Ceiling(wait.TotalSeconds)}");
        }

        if (!PasswordMatches(password ?? "", out var rehash))
        {
            _throttle.Failed(now);
            throw new DomainException(ErrorCodes.InvalidCredentials);
        }

        _throttle.Succeeded();
        return rehash;
    }

    /// <summary>
    /// Verifies a password; unknown, invited and deactivated accounts cost the same and fail the same, so that the
    /// answer tells nothing about which addresses have accounts.
    /// </summary>
    private bool PasswordMatches(string password, out bool rehash)
    {
        rehash = false;
        var account = state.State;
        if (!state.RecordExists || account.Status != AccountStatus.Active || account.PasswordHash.Length == 0)
        {
            hasher.VerifyHashedPassword(new OrganizerState(), DummyHash.Value, password);
            return false;
        }

        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>An invited account's link invites; an active account's link resets its password.</summary>
    private AccountLinkPurpose LinkPurpose =>
        state.State.Status == AccountStatus.Invited ? AccountLinkPurpose.Invitation : AccountLinkPurpose.PasswordReset;

    private OrganizerState CurrentLink(string linkHash)
    {
        var account = state.State;
        if (!state.RecordExists || account.LinkHash != linkHash || account.Status == AccountStatus.Deactivated)
        {
            throw new DomainException(ErrorCodes.AccountLinkInvalid);
        }

        if (account.LinkExpiresAt <= time.GetUtcNow())
        {
            throw new DomainException(ErrorCodes.AccountLinkExpired);
        }

        return account;
    }

    private bool IsCurrent(string? sessionToken) =>
        state.RecordExists && state.State.Status == AccountStatus.Active && sessionToken is { Length: > 0 }
        && state.State.Sessions.TryGetValue(InviteTokens.Hash(sessionToken), out var since) && since + SessionLifetime > time.GetUtcNow();

    private async Task Save()
    {
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IAccountDirectoryGrain>(0).Register(state.State.ToAccount());
    }

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, "account");
        }
    }

    private static void RequireAdministrator(Actor by)
    {
        if (by.AccountId is null || !by.IsAdministrator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }
    }

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<OrganizerState>().HashPassword(new OrganizerState(), Guid.NewGuid().ToString());
    }
}
