using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Accounts;

public sealed record InviteAccountRequest(string? Email, string? DisplayName, bool IsAdministrator);

public sealed record SetActiveRequest(bool Active);

/// <summary>A one-time link to pass on (no e-mail is sent): shown once, stored only as a hash.</summary>
public sealed record AccountLinkView(OrganizerAccount Account, AccountLinkPurpose Purpose, string Url, DateTimeOffset ExpiresAt);

/// <summary>Administrators (the KPSS coordinator) run the organizers' accounts.</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").RequireAuthorization(AdministratorPolicy.Name);

        accounts.MapGet("/", async Task<Ok<IReadOnlyList<OrganizerAccount>>> (IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IAccountDirectoryGrain>(0).List()));

        // Invites a new organizer: the account waits for the password its owner sets through the link.
        accounts.MapPost("/", async Task<Created<AccountLinkView>> (InviteAccountRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var by = OrganizerClaims.RequireActor(http.User);
            var organizer = grains.GetGrain<IOrganizerGrain>(TextRules.Email(request.Email));
            var account = await organizer.Invite(by, request.DisplayName ?? "", request.IsAdministrator);
            var link = await organizer.IssueLink(by);
            return TypedResults.Created($"/api/accounts/{account.Id}", View(http, account, link));
        });

        // A new link: the invitation again for an invited account, else a password reset.
        accounts.MapPost("/{accountId:guid}/link", async Task<Ok<AccountLinkView>> (Guid accountId, HttpContext http, IGrainFactory grains) =>
        {
            var by = OrganizerClaims.RequireActor(http.User);
            var organizer = await Organizer(grains, accountId);
            var link = await organizer.IssueLink(by);
            return TypedResults.Ok(View(http, (await organizer.Get())!, link));
        });

        accounts.MapPut("/{accountId:guid}/active", async Task<Ok<OrganizerAccount>> (Guid accountId, SetActiveRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await (await Organizer(grains, accountId)).SetActive(OrganizerClaims.RequireActor(http.User), request.Active)));

        return api;
    }

    private static async Task<IOrganizerGrain> Organizer(IGrainFactory grains, Guid accountId) =>
        await grains.GetGrain<IAccountDirectoryGrain>(0).Find(accountId) is { } account
            ? grains.GetGrain<IOrganizerGrain>(account.Email)
            : throw new DomainException(ErrorCodes.NotFound, "account");

    private static AccountLinkView View(HttpContext http, OrganizerAccount account, IssuedAccountLink link) =>
        new(account, link.Purpose, $"{PublicOrigin.Of(http)}/account-link#{link.Token}", link.ExpiresAt);
}
