namespace CommunityPlanning.Accounts;

/// <summary>
/// One one-time account link, keyed by its token's SHA-256 hash (the token itself is never stored): which account it
/// is for. The account keeps the hash of its one current link, so a used, replaced or expired link does nothing.
/// </summary>
[Alias("cp.IAccountLinkGrain")]
public interface IAccountLinkGrain : IGrainWithStringKey
{
    [Alias("Register")]
    Task Register(string email);

    /// <summary>What the link is for, or <c>account_link.invalid</c> / <c>account_link.expired</c>.</summary>
    [Alias("Describe")]
    Task<AccountLinkInfo> Describe();

    /// <summary>Sets the account's password, uses the link up, and starts a session.</summary>
    [Alias("Redeem")]
    Task<OrganizerSession> Redeem(string password);
}
