namespace CommunityPlanning.Web.Security;

/// <summary>An authorization policy: a signed-in organizer whose cookie carries the administrator role.</summary>
public static class AdministratorPolicy
{
    public const string Name = "administrator";

    public static IServiceCollection AddAdministratorPolicy(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(Name, policy => policy
            .RequireAuthenticatedUser()
            .RequireRole(OrganizerClaims.AdministratorRole));
        return services;
    }
}
