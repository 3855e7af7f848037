using System.Security.Claims;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Security;

/// <summary>The organizer cookie's claims, and the <see cref="Actor"/> they stand for.</summary>
public static class OrganizerClaims
{
    public const string AdministratorRole = "administrator";

    /// <summary>The session's secret; the organizer grain keeps only its hash, and ends the session by forgetting it.</summary>
    public const string SessionClaim = "cp.session";

    public static ClaimsPrincipal ToPrincipal(OrganizerAccount account, string sessionToken, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(ClaimTypes.Name, account.DisplayName),
            new(ClaimTypes.Email, account.Email),
            new(SessionClaim, sessionToken),
        };
        if (account.IsAdministrator)
        {
            claims.Add(new Claim(ClaimTypes.Role, AdministratorRole));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string? Email(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

    public static string? SessionToken(ClaimsPrincipal user) => user.FindFirstValue(SessionClaim);

    /// <summary>The signed-in organizer, or null for anonymous callers.</summary>
    public static Actor? ToActor(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? Actor.Organizer(id, user.IsInRole(AdministratorRole), user.FindFirstValue(ClaimTypes.Name) ?? "")
            : null;

    public static Actor RequireActor(ClaimsPrincipal user) =>
        ToActor(user) ?? throw new DomainException(ErrorCodes.Unauthenticated);
}
