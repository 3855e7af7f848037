using System.Net;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Accounts;

/// <summary>Sessions end on the server: an old cookie is worthless after sign-out, deactivation or a password change.</summary>
public sealed class SessionTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static async Task AssertUnauthenticated(HttpResponseMessage response) =>
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated), await ApiClient.ErrorOf(response));

    /// <summary>A second client that carries a copy of the first one's cookies (a stolen or kept cookie).</summary>
    private ApiClient CopyOf(ApiClient client)
    {
        var copy = app.NewClient();
        copy.Cookies.Add(client.Cookies.GetAllCookies());
        return copy;
    }

    private static Task Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task.WaitAsync(LiveClient.Timeout);
    }

    [Fact]
    public async Task After_signing_out_a_kept_copy_of_the_cookie_no_longer_works()
    {
        using var organizer = await app.SignedInOrganizerAsync();
        using var kept = CopyOf(organizer);
        (await kept.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();

        (await organizer.PostAsync("/api/auth/sign-out", new { })).EnsureSuccessStatusCode();

        await AssertUnauthenticated(await kept.GetAsync("/api/auth/me"));
        await AssertUnauthenticated(await kept.GetAsync("/api/working-groups"));
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_requests_and_closes_its_live_connection_at_once()
    {
        using var admin = await app.SignedInAdminAsync();
        using var organizer = await app.SignedInOrganizerAsync("Odcházející organizátorka");
        var me = await organizer.GetAsync<OrganizerAccount>("/api/auth/me");
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await live.JoinAsync(meeting.Id);
        var closed = Closed(live.Connection);

        (await admin.PutAsync($"/api/accounts/{me.Id}/active", new { active = false })).EnsureSuccessStatusCode();

        await AssertUnauthenticated(await organizer.GetAsync("/api/auth/me"));
        await closed; // it only listened: the sweep closed it
        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials),
            await ApiClient.ErrorOf(await app.NewClient().PostAsync("/api/auth/sign-in", new { email = me.Email, password = TestAccounts.OrganizerPassword })));
    }

    [Fact]
    public async Task A_signed_out_organizers_hub_calls_are_refused()
    {
        using var organizer = await app.SignedInOrganizerAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var live = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await live.JoinAsync(meeting.Id);

        (await organizer.PostAsync("/api/auth/sign-out", new { })).EnsureSuccessStatusCode();

        await HubAssert.Refused(ErrorCodes.Unauthenticated, () => live.Connection.InvokeAsync<long>(nameof(MeetingHub.Execute), meeting.Id, new { type = "startTimer", seconds = 60 }));
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        using var organizer = await app.SignedInOrganizerAsync();
        using var kept = CopyOf(organizer);
        var me = await organizer.GetAsync<OrganizerAccount>("/api/auth/me");
        using var phone = app.NewClient();
        await phone.SignInAsync(me.Email, TestAccounts.OrganizerPassword);

        (await organizer.PostAsync("/api/auth/password", new { currentPassword = TestAccounts.OrganizerPassword, newPassword = "nové-heslo-organizátora" }))
            .EnsureSuccessStatusCode();

        (await organizer.GetAsync("/api/auth/me")).EnsureSuccessStatusCode();
        (await kept.GetAsync("/api/auth/me")).EnsureSuccessStatusCode(); // the same session's cookie
        await AssertUnauthenticated(await phone.GetAsync("/api/auth/me"));
    }
}
