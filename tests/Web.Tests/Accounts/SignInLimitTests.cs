using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Accounts;

/// <summary>A few password attempts per address and minute; past them every answer is the same 429.</summary>
public sealed class SignInLimitTests(SignInLimitTests.LimitedApp app) : IClassFixture<SignInLimitTests.LimitedApp>
{
    public const int Permits = 4;

    public sealed class LimitedApp() : EmbeddedAppFixture([$"--SignIn:PermitsPerMinute={Permits}"]);

    [Fact]
    public async Task Password_attempts_past_the_limit_are_refused_for_known_and_unknown_addresses_alike()
    {
        using var client = app.NewClient();
        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials),
                await ApiClient.ErrorOf(await client.PostAsync("/api/auth/sign-in", new { email = $"nikdo{i}@example.org", password = "hádám-heslo" })));
        }

        foreach (var email in new[] { TestAccounts.AdminEmail, "nikdo@example.org" })
        {
            var refused = await client.PostAsync("/api/auth/sign-in", new { email, password = TestAccounts.AdminPassword });
            Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), await ApiClient.ErrorOf(refused));
            Assert.NotNull(refused.Headers.RetryAfter);
        }
    }
}
