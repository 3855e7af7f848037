using CommunityPlanning.Accounts;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Accounts;

/// <summary>Bound from the <c>Admin</c> section: the first administrator, created at start if missing.</summary>
public sealed class AdminSettings
{
    public const string Section = "Admin";

    public string? Email { get; set; }
    public string? Password { get; set; }
    public string DisplayName { get; set; } = "Administrátor";
}

public static class AccountBootstrap
{
    /// <summary>Creates the account unless it exists; true when it was created now.</summary>
    public static async Task<bool> EnsureAccountAsync(IGrainFactory grains, string email, string displayName, string password, bool isAdministrator)
    {
        var organizer = grains.GetGrain<IOrganizerGrain>(TextRules.Email(email));
        if (await organizer.Get() is not null)
        {
            return false;
        }

        try
        {
            await organizer.Register(displayName, password, isAdministrator);
            return true;
        }
        catch (DomainException e) when (e.Code == ErrorCodes.AccountExists)
        {
            return false; // another web server of the cluster created it a moment ago
        }
    }

    public static async Task EnsureAdministratorAsync(IGrainFactory grains, AdminSettings settings, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(settings.Email) || string.IsNullOrEmpty(settings.Password))
        {
            return;
        }

        if (await EnsureAccountAsync(grains, settings.Email, settings.DisplayName, settings.Password, isAdministrator: true))
        {
            logger.LogInformation("Created administrator account {Email}", settings.Email);
        }
    }
}
