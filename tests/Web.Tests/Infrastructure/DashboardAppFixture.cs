using CommunityPlanning.Web.Accounts;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>The embedded application with the Orleans dashboard switched on, and organizers who are not administrators.</summary>
public sealed class DashboardAppFixture() : EmbeddedAppFixture(["--Dashboard:Enabled=true"])
{
    /// <summary>Signs in a new organizer account without the administrator role.</summary>
    public async Task<ApiClient> SignedInOrganizerAsync()
    {
        var email = $"organizator-{Guid.NewGuid():N}@obec.example";
        const string password = "heslo-organizátora-123";
        await AccountBootstrap.EnsureAccountAsync(Host.Grains, email, "Organizátor", password, isAdministrator: false);
        var client = NewClient();
        await client.SignInAsync(email, password);
        return client;
    }
}
