using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Accounts;

public sealed record SignInRequest(string? Email, string? Password);

public sealed record AntiforgeryToken(string Token);

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");

        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(http).RequestToken!)));

        auth.MapPost("/sign-in", async Task<Ok<OrganizerAccount>> (SignInRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var email = TextRules.Email(request.Email);
            var account = await grains.GetGrain<IOrganizerGrain>(email).SignIn(request.Password ?? "");
            var principal = OrganizerClaims.ToPrincipal(account, CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            return TypedResults.Ok(account);
        });

        auth.MapPost("/sign-out", async Task<NoContent> (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        });

        auth.MapGet("/me", async Task<Ok<OrganizerAccount>> (HttpContext http, IGrainFactory grains) =>
        {
            OrganizerClaims.RequireActor(http.User);
            var email = http.User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? "";
            var account = await grains.GetGrain<IOrganizerGrain>(email).Get()
                ?? throw new DomainException(ErrorCodes.Unauthenticated);
            return TypedResults.Ok(account);
        });

        return api;
    }
}
