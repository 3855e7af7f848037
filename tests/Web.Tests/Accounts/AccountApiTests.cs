using System.Net;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Accounts;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Accounts;

/// <summary>The coordinator runs the accounts: invitations by one-time link, password resets, deactivation.</summary>
public sealed class AccountApiTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static string TokenOf(AccountLinkView link) => link.Url[(link.Url.IndexOf('#') + 1)..];

    [Fact]
    public async Task An_invited_organizer_sets_a_password_through_the_link_and_is_signed_in()
    {
        using var admin = await app.SignedInAdminAsync();
        var email = $"jana-{Guid.NewGuid():N}@mesto-liberec.example";
        var link = await admin.PostAsync<AccountLinkView>("/api/accounts", new { email, displayName = "Jana Nováková", isAdministrator = false });
        Assert.Equal(AccountLinkPurpose.Invitation, link.Purpose);
        Assert.Contains("/account-link#", link.Url);
        Assert.Contains(await admin.GetAsync<List<OrganizerAccount>>("/api/accounts"), a => a.Email == email && a.Status == AccountStatus.Invited);

        using var jana = app.NewClient();
        var info = await jana.PostAsync<AccountLinkInfo>("/api/auth/links/describe", new { token = TokenOf(link) });
        Assert.Equal(("Jana Nováková", email), (info.DisplayName, info.Email));
        var account = await jana.PostAsync<OrganizerAccount>("/api/auth/links/redeem", new { token = TokenOf(link), password = "janino-nové-heslo" });

        Assert.Equal(AccountStatus.Active, account.Status);
        Assert.Equal(email, (await jana.GetAsync<OrganizerAccount>("/api/auth/me")).Email);
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.AccountLinkInvalid), await ApiClient.ErrorOf(
            await app.NewClient().PostAsync("/api/auth/links/redeem", new { token = TokenOf(link), password = "zlodějovo-heslo" })));
        // A new organizer manages nothing yet.
        Assert.Empty(await jana.GetAsync<List<CommunityPlanning.WorkingGroups.WorkingGroupSummary>>("/api/working-groups"));
    }

    [Fact]
    public async Task Only_administrators_reach_the_accounts()
    {
        using var organizer = await app.SignedInOrganizerAsync();
        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.GetAsync("/api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await organizer.PostAsync("/api/accounts", new { email = "x@example.org", displayName = "X", isAdministrator = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/accounts")).StatusCode);
        Assert.Null(await app.Host.Grains.GetGrain<IOrganizerGrain>("x@example.org").Get());
    }

    [Fact]
    public async Task A_reset_link_sets_a_new_password_and_ends_the_old_sessions()
    {
        using var admin = await app.SignedInAdminAsync();
        using var organizer = await app.SignedInOrganizerAsync();
        var me = await organizer.GetAsync<OrganizerAccount>("/api/auth/me");

        var link = await admin.PostAsync<AccountLinkView>($"/api/accounts/{me.Id}/link", new { });
        Assert.Equal(AccountLinkPurpose.PasswordReset, link.Purpose);
        using var owner = app.NewClient();
        await owner.PostAsync<OrganizerAccount>("/api/auth/links/redeem", new { token = TokenOf(link), password = "po-resetu-heslo-2026" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await organizer.GetAsync("/api/auth/me")).StatusCode);
        (await owner.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Bad_links_and_duplicate_accounts_answer_documented_codes()
    {
        using var admin = await app.SignedInAdminAsync();
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.AccountLinkInvalid),
            await ApiClient.ErrorOf(await app.NewClient().PostAsync("/api/auth/links/describe", new { token = "short" })));
        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.AccountExists), await ApiClient.ErrorOf(
            await admin.PostAsync("/api/accounts", new { email = TestAccounts.AdminEmail, displayName = "Dvojník", isAdministrator = false })));
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound),
            await ApiClient.ErrorOf(await admin.PostAsync($"/api/accounts/{Guid.NewGuid()}/link", new { })));
    }
}
