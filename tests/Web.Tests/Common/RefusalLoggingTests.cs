using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Web.Tests.Common;

/// <summary>
/// A refusal is the client's doing and can be repeated at will: it is logged once, at Information, with what was
/// refused and its code, and without a stack trace, so nobody can fill the log with errors.
/// </summary>
public sealed class RefusalLoggingTests(LoggedAppFixture app) : IClassFixture<LoggedAppFixture>
{
    private const string HubFilterCategory = "CommunityPlanning.Web.Meetings.DomainErrorHubFilter";
    private const string HttpFilterCategory = "CommunityPlanning.Web.Common.DomainErrorFilter";

    [Fact]
    public async Task A_refused_hub_call_is_logged_once_at_information_without_a_stack_trace()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(meeting.Id, joined.Ticket);
        var before = app.Logs.Entries.Count;

        for (var i = 0; i < 3; i++)
        {
            await HubAssert.Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), meeting.Id, MeetingPhase.Live));
        }

        var logged = app.Logs.After(before);
        Assert.All(logged, e => Assert.Null(e.Exception));
        Assert.DoesNotContain(logged, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logged, e => e.Category.StartsWith(HubInputGuards.DispatcherLogCategory, StringComparison.Ordinal));
        var refusals = logged.Where(e => e.Category == HubFilterCategory).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, e => Assert.Equal((LogLevel.Information, $"Refused hub call {nameof(MeetingHub.ChangePhase)}: {ErrorCodes.Forbidden}"), (e.Level, e.Message)));
    }

    [Fact]
    public async Task A_refused_http_call_is_logged_once_at_information_with_its_route_not_its_path()
    {
        using var visitor = app.NewClient();
        using var organizer = await app.SignedInAdminAsync();
        var before = app.Logs.Entries.Count;

        var join = await visitor.PostAsync("/api/join", new { token = "neplatný-odkaz", displayName = "Jana" });
        var calendar = await organizer.GetAsync("/api/calendar/tajny-token-kalendare.ics");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (join.StatusCode, calendar.StatusCode));
        var logged = app.Logs.After(before);
        Assert.All(logged, e => Assert.Null(e.Exception));
        Assert.DoesNotContain(logged, e => e.Message.Contains("tajny-token-kalendare", StringComparison.Ordinal));
        Assert.Equal(
            [$"Refused POST /api/join: {ErrorCodes.InviteInvalid}", $"Refused GET /api/calendar/{{token}}.ics: {ErrorCodes.NotFound}"],
            logged.Where(e => e.Category == HttpFilterCategory && e.Level == LogLevel.Information).Select(e => e.Message));
    }
}
