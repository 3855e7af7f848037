namespace CommunityPlanning.Accounts;

/// <summary>One organizer account, keyed by its normalized (lower-case) e-mail address.</summary>
[Alias("cp.IOrganizerGrain")]
public interface IOrganizerGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; refuses with <c>auth.account_exists</c> if it exists.</summary>
    [Alias("Register")]
    Task<OrganizerAccount> Register(string displayName, string password, bool isAdministrator);

    /// <summary>Checks the password, counting failures towards a lockout.</summary>
    [Alias("SignIn")]
    Task<OrganizerAccount> SignIn(string password);

    [Alias("Get")]
    Task<OrganizerAccount?> Get();
}
