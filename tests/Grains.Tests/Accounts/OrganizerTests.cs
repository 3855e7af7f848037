using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Accounts;

public sealed class OrganizerTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const string Password = "správné-heslo-2026";

    private async Task<IOrganizerGrain> Registered()
    {
        var organizer = fixture.Client.GetGrain<IOrganizerGrain>($"{Guid.NewGuid():N}@kraj-lbc.example");
        await organizer.Register("Kateřina Marcinková", Password, isAdministrator: false);
        return organizer;
    }

    [Fact]
    public async Task Signing_in_with_the_right_password_returns_the_account()
    {
        var organizer = await Registered();
        var account = await organizer.SignIn(Password);
        Assert.Equal("Kateřina Marcinková", account.DisplayName);
        Assert.False(account.IsAdministrator);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_give_the_same_answer()
    {
        var organizer = await Registered();
        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn("špatné-heslo"));
        await AssertRefused(ErrorCodes.InvalidCredentials, () => fixture.Client.GetGrain<IOrganizerGrain>("nobody@example.org").SignIn(Password));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password_until_the_lockout_ends()
    {
        var organizer = await Registered();
        for (var i = 0; i < PasswordRules.MaxFailedAttempts; i++)
        {
            await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn("špatné-heslo"));
        }

        await AssertRefused(ErrorCodes.LockedOut, () => organizer.SignIn(Password));

        fixture.Clock.Advance(PasswordRules.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.NotNull(await organizer.SignIn(Password));
    }

    [Fact]
    public async Task Registration_refuses_weak_passwords_bad_names_and_duplicates()
    {
        var organizer = fixture.Client.GetGrain<IOrganizerGrain>($"{Guid.NewGuid():N}@example.org");
        await AssertRefused(ErrorCodes.InvalidValue, () => organizer.Register("Jana", "krátké", false));
        await AssertRefused(ErrorCodes.Required, () => organizer.Register(" \t ", Password, false));
        Assert.Null(await organizer.Get());

        await organizer.Register("Jana", Password, false);
        await AssertRefused(ErrorCodes.AccountExists, () => organizer.Register("Jana", Password, false));
    }

    [Fact]
    public async Task An_account_key_that_is_not_an_email_address_is_refused()
    {
        await AssertRefused(ErrorCodes.InvalidValue,
            () => fixture.Client.GetGrain<IOrganizerGrain>("not-an-address").Register("Jana", Password, false));
    }
}
