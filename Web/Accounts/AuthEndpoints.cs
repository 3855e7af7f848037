using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Accounts;

public sealed record SignInRequest(string? Email, string? Password);

public sealed record AntiforgeryToken(string Token);

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

/// <summary>A one-time account link's token (sent in the body, never in the address).</summary>
public sealed record AccountLinkRequest(string? Token, string? Password);

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth");

        auth.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
            TypedResults.Ok(new AntiforgeryToken(antiforgery.GetAndStoreTokens(http).RequestToken!)));

        auth.MapPost("/sign-in", async Task<Ok<OrganizerAccount>> (SignInRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var session = await grains.GetGrain<IOrganizerGrain>(TextRules.Email(request.Email)).SignIn(request.Password ?? "");
            await StartSession(http, session);
            return TypedResults.Ok(session.Account);
        }).RequireRateLimiting(SignInRateLimits.Policy);

        auth.MapPost("/sign-out", async Task<NoContent> (HttpContext http, IGrainFactory grains) =>
        {
            if (OrganizerClaims.Email(http.User) is { Length: > 0 } email && OrganizerClaims.SessionToken(http.User) is { } session)
            {
                await grains.GetGrain<IOrganizerGrain>(email).SignOut(session);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        });

        auth.MapGet("/me", async Task<Ok<OrganizerAccount>> (HttpContext http, IGrainFactory grains) =>
        {
            OrganizerClaims.RequireActor(http.User);
            var account = await grains.GetGrain<IOrganizerGrain>(OrganizerClaims.Email(http.User)!).Get()
                ?? throw new DomainException(ErrorCodes.Unauthenticated);
            return TypedResults.Ok(account);
        });

        auth.MapPost("/password", async Task<NoContent> (ChangePasswordRequest request, HttpContext http, IGrainFactory grains) =>
        {
            OrganizerClaims.RequireActor(http.User);
            await grains.GetGrain<IOrganizerGrain>(OrganizerClaims.Email(http.User)!)
                .ChangePassword(OrganizerClaims.SessionToken(http.User) ?? "", request.CurrentPassword ?? "", request.NewPassword ?? "");
            return TypedResults.NoContent();
        }).RequireRateLimiting(SignInRateLimits.Policy);

        // The page behind an invitation or reset link: whose account, and what for.
        auth.MapPost("/links/describe", async Task<Ok<AccountLinkInfo>> (AccountLinkRequest request, IGrainFactory grains) =>
            TypedResults.Ok(await Link(grains, request.Token).Describe()))
            .RequireRateLimiting(SignInRateLimits.Policy);

        // The owner sets a password through the link, and is signed in with it.
        auth.MapPost("/links/redeem", async Task<Ok<OrganizerAccount>> (AccountLinkRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var session = await Link(grains, request.Token).Redeem(request.Password ?? "");
            await StartSession(http, session);
            return TypedResults.Ok(session.Account);
        }).RequireRateLimiting(SignInRateLimits.Policy);

        return api;
    }

    private static IAccountLinkGrain Link(IGrainFactory grains, string? token) =>
        InviteTokens.IsWellFormed(token)
            ? grains.GetGrain<IAccountLinkGrain>(InviteTokens.Hash(token!))
            : throw new DomainException(ErrorCodes.AccountLinkInvalid);

    private static Task StartSession(HttpContext http, OrganizerSession session) =>
        http.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            OrganizerClaims.ToPrincipal(session.Account, session.SessionToken, CookieAuthenticationDefaults.AuthenticationScheme));
}
