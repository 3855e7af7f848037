using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
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
    public async Task Signing_in_with_the_right_password_returns_the_account_and_a_current_session()
    {
        var organizer = await Registered();
        var session = await organizer.SignIn(Password);
        Assert.Equal("Kateřina Marcinková", session.Account.DisplayName);
        Assert.False(session.Account.IsAdministrator);
        Assert.Equal(session.Account, await organizer.ValidateSession(session.SessionToken));
        Assert.Null(await organizer.ValidateSession(InviteTokens.Create()));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_account_give_the_same_answer()
    {
        var organizer = await Registered();
        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn("špatné-heslo"));
        await AssertRefused(ErrorCodes.InvalidCredentials, () => fixture.Client.GetGrain<IOrganizerGrain>("nobody@example.org").SignIn(Password));
    }

    [Fact]
    public async Task Wrong_passwords_slow_down_known_and_unknown_accounts_alike_but_never_lock_for_long()
    {
        var known = await Registered();
        var unknown = fixture.Client.GetGrain<IOrganizerGrain>($"{Guid.NewGuid():N}@example.org");
        foreach (var account in new[] { known, unknown })
        {
            for (var i = 0; i < SignInThrottle.FreeAttempts; i++)
            {
                await AssertRefused(ErrorCodes.InvalidCredentials, () => account.SignIn("špatné-heslo"));
            }

            // Even the right password waits now, with the same answer for both.
            await AssertRefused(ErrorCodes.SignInThrottled, () => account.SignIn(Password));
        }

        fixture.Clock.Advance(SignInThrottle.MaxDelay);
        Assert.NotNull(await known.SignIn(Password));
    }

    [Fact]
    public async Task Signing_out_ends_only_that_session()
    {
        var organizer = await Registered();
        var laptop = await organizer.SignIn(Password);
        var phone = await organizer.SignIn(Password);

        await organizer.SignOut(laptop.SessionToken);

        Assert.Null(await organizer.ValidateSession(laptop.SessionToken));
        Assert.NotNull(await organizer.ValidateSession(phone.SessionToken));
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_the_others()
    {
        var organizer = await Registered();
        var here = await organizer.SignIn(Password);
        var elsewhere = await organizer.SignIn(Password);

        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.ChangePassword(here.SessionToken, "špatné-heslo", "nové-heslo-2027"));
        await AssertRefused(ErrorCodes.InvalidValue, () => organizer.ChangePassword(here.SessionToken, Password, "krátké"));
        await organizer.ChangePassword(here.SessionToken, Password, "nové-heslo-2027");

        Assert.NotNull(await organizer.ValidateSession(here.SessionToken));
        Assert.Null(await organizer.ValidateSession(elsewhere.SessionToken));
        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn(Password));
        Assert.NotNull(await organizer.SignIn("nové-heslo-2027"));
    }

    [Fact]
    public async Task An_invited_organizer_sets_a_password_once_through_the_link()
    {
        var administrator = NewAdministrator();
        var organizer = fixture.Client.GetGrain<IOrganizerGrain>($"{Guid.NewGuid():N}@mesto-liberec.example");
        await AssertRefused(ErrorCodes.Forbidden, () => organizer.Invite(NewOrganizer(), "Jana Nováková", false));

        var invited = await organizer.Invite(administrator, "Jana Nováková", false);
        Assert.Equal(AccountStatus.Invited, invited.Status);
        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn(""));

        var link = await organizer.IssueLink(administrator);
        Assert.Equal(AccountLinkPurpose.Invitation, link.Purpose);
        var grain = fixture.Client.GetGrain<IAccountLinkGrain>(InviteTokens.Hash(link.Token));
        Assert.Equal("Jana Nováková", (await grain.Describe()).DisplayName);

        var active = (await grain.Redeem("heslo-od-jany-2026")).Account;
        Assert.Equal(AccountStatus.Active, active.Status);
        await AssertRefused(ErrorCodes.AccountLinkInvalid, () => grain.Redeem("jiné-heslo-2026"));
        Assert.NotNull(await organizer.SignIn("heslo-od-jany-2026"));
        Assert.Contains(active, await fixture.Client.GetGrain<IAccountDirectoryGrain>(0).List());
    }

    [Fact]
    public async Task A_reset_link_replaces_the_previous_one_expires_and_ends_every_session()
    {
        var administrator = NewAdministrator();
        var organizer = await Registered();
        var session = await organizer.SignIn(Password);
        var first = await organizer.IssueLink(administrator);
        var second = await organizer.IssueLink(administrator);
        Assert.Equal(AccountLinkPurpose.PasswordReset, second.Purpose);

        await AssertRefused(ErrorCodes.AccountLinkInvalid,
            () => fixture.Client.GetGrain<IAccountLinkGrain>(InviteTokens.Hash(first.Token)).Redeem("nové-heslo-2027"));
        await fixture.Client.GetGrain<IAccountLinkGrain>(InviteTokens.Hash(second.Token)).Redeem("nové-heslo-2027");
        Assert.Null(await organizer.ValidateSession(session.SessionToken));

        var late = await organizer.IssueLink(administrator);
        fixture.Clock.Advance(OrganizerGrain.LinkLifetime);
        await AssertRefused(ErrorCodes.AccountLinkExpired,
            () => fixture.Client.GetGrain<IAccountLinkGrain>(InviteTokens.Hash(late.Token)).Describe());
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_its_sessions_end_at_once()
    {
        var administrator = NewAdministrator();
        var organizer = await Registered();
        var session = await organizer.SignIn(Password);
        await AssertRefused(ErrorCodes.Forbidden, () => organizer.SetActive(NewOrganizer(), false));

        Assert.Equal(AccountStatus.Deactivated, (await organizer.SetActive(administrator, false)).Status);

        Assert.Null(await organizer.ValidateSession(session.SessionToken));
        await AssertRefused(ErrorCodes.InvalidCredentials, () => organizer.SignIn(Password));
        await organizer.SetActive(administrator, true);
        Assert.NotNull(await organizer.SignIn(Password));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var organizer = fixture.Client.GetGrain<IOrganizerGrain>($"{Guid.NewGuid():N}@kraj-lbc.example");
        var account = await organizer.Register("Koordinátorka", Password, isAdministrator: true);
        var self = Actor.Organizer(account.Id, true, account.DisplayName);
        await AssertRefused(ErrorCodes.InvalidValue, () => organizer.SetActive(self, false));
        Assert.Equal(AccountStatus.Active, (await organizer.Get())!.Status);
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
