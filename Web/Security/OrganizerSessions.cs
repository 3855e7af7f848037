using CommunityPlanning.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Every request with an organizer cookie asks the account whether its session is still current: signing out,
/// a deactivation or a password reset ends the cookie at once on every web server, not when it expires.
/// The claims are refreshed from the account, so a changed name or role takes effect too.
/// </summary>
public static class OrganizerSessions
{
    public static async Task<OrganizerAccount?> ValidateAsync(IGrainFactory grains, System.Security.Claims.ClaimsPrincipal user) =>
        OrganizerClaims.Email(user) is { Length: > 0 } email && OrganizerClaims.SessionToken(user) is { Length: > 0 } session
            ? await grains.GetGrain<IOrganizerGrain>(email).ValidateSession(session)
            : null;

    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        var user = context.Principal!;
        if (await ValidateAsync(grains, user) is not { } account)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        var actor = OrganizerClaims.ToActor(user);
        if (actor?.DisplayName != account.DisplayName || actor.IsAdministrator != account.IsAdministrator)
        {
            context.ReplacePrincipal(OrganizerClaims.ToPrincipal(account, OrganizerClaims.SessionToken(user)!, context.Scheme.Name));
            context.ShouldRenew = true;
        }
    }
}
