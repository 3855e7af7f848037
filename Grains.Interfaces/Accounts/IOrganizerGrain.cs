using CommunityPlanning.Common;
using Orleans.Concurrency;

namespace CommunityPlanning.Accounts;

/// <summary>
/// One organizer account, keyed by its normalized (lower-case) e-mail address: its password, its status and its
/// signed-in sessions. Administrators invite, deactivate and reset; the owner sets and changes the password.
/// </summary>
[Alias("cp.IOrganizerGrain")]
public interface IOrganizerGrain : IGrainWithStringKey
{
    /// <summary>Creates an active account with a password (the configured first administrator, the demo).</summary>
    [Alias("Register")]
    Task<OrganizerAccount> Register(string displayName, string password, bool isAdministrator);

    /// <summary>An administrator invites a new organizer: the account waits for its owner's password.</summary>
    [Alias("Invite")]
    Task<OrganizerAccount> Invite(Actor by, string displayName, bool isAdministrator);

    /// <summary>
    /// A new one-time link (an invitation for an invited account, else a password reset); the previous link stops
    /// working. Administrators only.
    /// </summary>
    [Alias("IssueLink")]
    Task<IssuedAccountLink> IssueLink(Actor by);

    /// <summary>What the link whose hash is given is for, if it is the account's current one and not expired.</summary>
    [Alias("DescribeLink"), ReadOnly]
    Task<AccountLinkInfo> DescribeLink(string linkHash);

    /// <summary>
    /// Sets the password through the link whose hash is given; the account becomes active, its earlier sessions end,
    /// and the owner is signed in with a new one.
    /// </summary>
    [Alias("RedeemLink")]
    Task<OrganizerSession> RedeemLink(string linkHash, string password);

    /// <summary>Checks the password and starts a session; refused alike for unknown, invited and deactivated accounts.</summary>
    [Alias("SignIn")]
    Task<OrganizerSession> SignIn(string password);

    [Alias("SignOut")]
    Task SignOut(string sessionToken);

    /// <summary>The account if the session is current and the account active, else null.</summary>
    [Alias("ValidateSession"), ReadOnly]
    Task<OrganizerAccount?> ValidateSession(string sessionToken);

    /// <summary>The owner changes the password; the other sessions end.</summary>
    [Alias("ChangePassword")]
    Task ChangePassword(string sessionToken, string currentPassword, string newPassword);

    /// <summary>An administrator deactivates the account (its sessions end at once) or activates it again.</summary>
    [Alias("SetActive")]
    Task<OrganizerAccount> SetActive(Actor by, bool active);

    [Alias("Get"), ReadOnly]
    Task<OrganizerAccount?> Get();
}
