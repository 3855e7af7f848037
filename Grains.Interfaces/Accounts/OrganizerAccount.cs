namespace CommunityPlanning.Accounts;

/// <summary>Where an account stands: invited (no password yet), active, or deactivated by an administrator.</summary>
public enum AccountStatus
{
    Active = 0,
    Invited = 1,
    Deactivated = 2,
}

/// <summary>An organizer's account as others may see it; the password hash never leaves its grain.</summary>
[GenerateSerializer, Immutable, Alias("cp.OrganizerAccount")]
public sealed record OrganizerAccount(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] bool IsAdministrator,
    [property: Id(4)] AccountStatus Status = AccountStatus.Active);

/// <summary>A signed-in session: the account and the session's secret, which the cookie carries.</summary>
[GenerateSerializer, Immutable, Alias("cp.OrganizerSession")]
public sealed record OrganizerSession(
    [property: Id(0)] OrganizerAccount Account,
    [property: Id(1)] string SessionToken);

/// <summary>What a one-time account link is for.</summary>
public enum AccountLinkPurpose
{
    /// <summary>An administrator invited a new organizer, who sets their own password.</summary>
    Invitation = 0,

    /// <summary>An administrator reset a password; the owner sets a new one.</summary>
    PasswordReset = 1,
}

/// <summary>A new one-time link's secret, shown once to the administrator to pass on.</summary>
[GenerateSerializer, Immutable, Alias("cp.IssuedAccountLink")]
public sealed record IssuedAccountLink(
    [property: Id(0)] string Token,
    [property: Id(1)] AccountLinkPurpose Purpose,
    [property: Id(2)] DateTimeOffset ExpiresAt);

/// <summary>What the page behind a one-time link shows before the password is set.</summary>
[GenerateSerializer, Immutable, Alias("cp.AccountLinkInfo")]
public sealed record AccountLinkInfo(
    [property: Id(0)] AccountLinkPurpose Purpose,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] DateTimeOffset ExpiresAt);
