using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>Joining by a short code: what it admits to is described first, and a wrong, revoked or ended code is one answer.</summary>
public sealed class JoinCodeTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task An_invite_code_is_typed_in_any_case_describes_its_meeting_and_admits()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        Assert.NotNull(invite.Code);
        Assert.EndsWith($"/join#code={invite.Code}", invite.CodeUrl);
        var typed = $"{invite.Code[..3].ToLowerInvariant()}-{invite.Code[3..]}";
        using var visitor = app.NewClient();

        var described = await visitor.PostAsync<JoinDescription>("/api/join/describe", new { code = typed });
        Assert.Equal(new JoinDescription(meeting.Title, "Pracovní skupina pro seniory", meeting.StartsAt, meeting.Place, MeetingRole.Participant), described);
        Assert.Equal(described, await visitor.PostAsync<JoinDescription>("/api/join/describe", new { token = invite.Token }));
        var joined = await visitor.PostAsync<JoinResult>("/api/join/code", new { code = typed, displayName = "Jana Nováková" });
        Assert.Equal((meeting.Id, MeetingRole.Participant, "Jana Nováková"), (joined.MeetingId, joined.Role, joined.DisplayName));
    }

    [Fact]
    public async Task Wrong_malformed_and_revoked_codes_all_answer_join_code_invalid()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        (await organizer.PostAsync($"/api/meetings/{meeting.Id}/invites/{invite.Info.InviteId}/revoke", new { })).EnsureSuccessStatusCode();
        using var visitor = app.NewClient();

        foreach (var code in new[] { invite.Code!, "ZZZ-ZZZ", "12", "OOOOOO" })
        {
            Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.JoinCodeInvalid),
                await ApiClient.ErrorOf(await visitor.PostAsync("/api/join/describe", new { code })));
            Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.JoinCodeInvalid),
                await ApiClient.ErrorOf(await visitor.PostAsync("/api/join/code", new { code, displayName = "Hádající" })));
        }

        var roster = (await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}")).Roster;
        Assert.DoesNotContain(roster, e => e.DisplayName == "Hádající");
    }

    [Fact]
    public async Task The_public_code_admits_observers_until_public_watching_is_switched_off()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.PublicWatchDisabled),
            await ApiClient.ErrorOf(await organizer.PostAsync($"/api/meetings/{meeting.Id}/public-code", new { })));
        (await organizer.PutAsync($"/api/meetings/{meeting.Id}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();
        var link = await organizer.PostAsync<JoinCodeLink>($"/api/meetings/{meeting.Id}/public-code", new { });
        Assert.EndsWith($"/join#code={link.Code}", link.CodeUrl);
        using var visitor = app.NewClient();

        Assert.Equal(MeetingRole.Observer, (await visitor.PostAsync<JoinDescription>("/api/join/describe", new { code = link.Code })).Role);
        Assert.Equal(MeetingRole.Observer, (await visitor.PostAsync<JoinResult>("/api/join/code", new { code = link.Code, displayName = "Občan" })).Role);
        (await organizer.PutAsync($"/api/meetings/{meeting.Id}/public-watch", new { enabled = false })).EnsureSuccessStatusCode();
        (await organizer.PutAsync($"/api/meetings/{meeting.Id}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();

        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.JoinCodeInvalid),
            await ApiClient.ErrorOf(await visitor.PostAsync("/api/join/code", new { code = link.Code, displayName = "Občanka" })));
    }
}

/// <summary>Guessing codes: a few look-ups per address and minute; past them every answer is the same 429, a right code's too.</summary>
public sealed class JoinCodeLimitTests(JoinCodeLimitTests.LimitedApp app) : IClassFixture<JoinCodeLimitTests.LimitedApp>
{
    public const int Permits = 3;

    public sealed class LimitedApp() : EmbeddedAppFixture([$"--JoinCode:PermitsPerMinute={Permits}"]);

    [Fact]
    public async Task Code_guesses_past_the_limit_are_refused_with_429_even_for_a_right_code()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        using var guesser = app.NewClient();
        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.JoinCodeInvalid),
                await ApiClient.ErrorOf(await guesser.PostAsync("/api/join/describe", new { code = $"ZZZZZ{JoinCodesAlphabet[i]}" })));
        }

        foreach (var (path, body) in new (string, object)[]
                 {
                     ("/api/join/describe", new { code = invite.Code }),
                     ("/api/join/code", new { code = invite.Code, displayName = "Jana" }),
                 })
        {
            var refused = await guesser.PostAsync(path, body);
            Assert.Equal((HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited), await ApiClient.ErrorOf(refused));
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        // Joining by the long link is not a guess and is not limited.
        Assert.Equal(MeetingRole.Participant, (await guesser.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana" })).Role);
    }

    private const string JoinCodesAlphabet = "23456789";
}
