using System.Net;
using System.Net.Http.Json;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Accounts;

/// <summary>The HTTP API refuses what it must with the documented code, and stores nothing when it does.</summary>
public sealed class HttpApiTests(DashboardAppFixture app) : IClassFixture<DashboardAppFixture>
{
    private static async Task AssertError(HttpStatusCode status, string code, HttpResponseMessage response) =>
        Assert.Equal((status, code), await ApiClient.ErrorOf(response));

    private async Task<int> GroupCount(ApiClient organizer) =>
        (await organizer.GetAsync<List<WorkingGroupSummary>>("/api/working-groups")).Count;

    [Fact]
    public async Task Anonymous_callers_get_401_and_wrong_passwords_are_refused()
    {
        using var anonymous = app.NewClient();
        await AssertError(HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated, await anonymous.GetAsync("/api/working-groups"));
        await AssertError(HttpStatusCode.Unauthorized, ErrorCodes.InvalidCredentials,
            await anonymous.PostAsync("/api/auth/sign-in", new { email = TestAccounts.AdminEmail, password = "nesprávné-heslo" }));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.InvalidValue,
            await anonymous.PostAsync("/api/auth/sign-in", new { email = "no-at-sign", password = "x" }));
    }

    [Fact]
    public async Task A_state_change_without_the_antiforgery_header_is_refused()
    {
        using var organizer = await app.SignedInAdminAsync();
        var before = await GroupCount(organizer);

        var response = await organizer.SendAsync(HttpMethod.Post, "/api/working-groups",
            JsonContent.Create(new { name = "Skupina", targetGroup = "Seniors" }), withAntiforgery: false);

        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.AntiforgeryFailed, response);
        Assert.Equal(before, await GroupCount(organizer));
    }

    [Fact]
    public async Task Malformed_oversized_and_invalid_input_is_refused_and_nothing_is_stored()
    {
        using var organizer = await app.SignedInAdminAsync();
        var before = await GroupCount(organizer);

        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.PayloadMalformed, await organizer.SendAsync(HttpMethod.Post,
            "/api/working-groups", new StringContent("{\"name\": ", Encoding.UTF8, "application/json")));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.PayloadMalformed, await organizer.SendAsync(HttpMethod.Post,
            "/api/working-groups", new StringContent("{\"name\":\"A\",\"targetGroup\":\"Astronauts\"}", Encoding.UTF8, "application/json")));
        var huge = new string('x', 2 * 1024 * 1024);
        await AssertError(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge,
            await organizer.PostAsync("/api/working-groups", new { name = huge, targetGroup = "Seniors" }));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.ControlCharacters,
            await organizer.PostAsync("/api/working-groups", new { name = "Skupina\u001b[31m", targetGroup = "Seniors" }));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.Required,
            await organizer.PostAsync("/api/working-groups", new { name = " \t ", targetGroup = "Seniors" }));

        Assert.Equal(before, await GroupCount(organizer));
    }

    [Fact]
    public async Task Unknown_ids_and_routes_answer_not_found()
    {
        using var organizer = await app.SignedInAdminAsync();
        await AssertError(HttpStatusCode.NotFound, ErrorCodes.NotFound, await organizer.GetAsync($"/api/working-groups/{Guid.NewGuid()}"));
        await AssertError(HttpStatusCode.NotFound, ErrorCodes.NotFound, await organizer.GetAsync($"/api/meetings/{Guid.NewGuid()}"));
        await AssertError(HttpStatusCode.NotFound, ErrorCodes.NotFound, await organizer.GetAsync("/api/no-such-thing"));
    }

    [Fact]
    public async Task Invite_links_fail_clearly_when_malformed_unknown_or_revoked()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        Assert.EndsWith($"/join#{invite.Token}", invite.Url);
        using var visitor = app.NewClient();

        await AssertError(HttpStatusCode.NotFound, ErrorCodes.InviteInvalid, await visitor.PostAsync("/api/join", new { token = "short", displayName = "Jana" }));
        await AssertError(HttpStatusCode.NotFound, ErrorCodes.InviteInvalid,
            await visitor.PostAsync("/api/join", new { token = new string('A', 43), displayName = "Jana" }));
        await AssertError(HttpStatusCode.BadRequest, ErrorCodes.Required, await visitor.PostAsync("/api/join", new { token = invite.Token, displayName = "  " }));

        await organizer.PostAsync<InviteInfo>($"/api/meetings/{meeting.Id}/invites/{invite.Info.InviteId}/revoke", new { });
        await AssertError(HttpStatusCode.Gone, ErrorCodes.InviteRevoked, await visitor.PostAsync("/api/join", new { token = invite.Token, displayName = "Jana" }));

        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}");
        Assert.Single(snapshot.Roster); // only the facilitator, who opened the meeting
    }

    [Fact]
    public async Task A_participant_with_a_ticket_cannot_use_the_organizer_api()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");

        await AssertError(HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated,
            await visitor.PostAsync($"/api/meetings/{meeting.Id}/invites", new { role = "Facilitator" }));
        await AssertError(HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated,
            await visitor.PostAsync($"/api/meetings/{meeting.Id}/phase", new { phase = "Ended" }));
    }

    [Fact]
    public async Task Public_watching_gives_observer_tickets_only_when_switched_on()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var citizen = app.NewClient();

        await AssertError(HttpStatusCode.Forbidden, ErrorCodes.PublicWatchDisabled,
            await citizen.PostAsync($"/api/meetings/{meeting.Id}/watch", new { displayName = "Občan" }));
        (await organizer.PutAsync($"/api/meetings/{meeting.Id}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();

        var watching = await citizen.PostAsync<Web.Meetings.JoinResult>($"/api/meetings/{meeting.Id}/watch", new { displayName = "Občan" });
        Assert.Equal(MeetingRole.Observer, watching.Role);
    }

    [Fact]
    public async Task Health_is_ready_and_the_dashboard_is_for_administrators()
    {
        using var anonymous = app.NewClient();
        var health = await anonymous.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        var dashboard = await anonymous.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("/signin", dashboard.Headers.Location!.PathAndQuery);

        using var organizer = await app.SignedInOrganizerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.GetAsync("/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await organizer.GetAsync("/dashboard/DashboardCounters")).StatusCode);

        using var administrator = await app.SignedInAdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/dashboard/")).StatusCode);
    }
}
