using System.Net;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>The meeting's record as Markdown, built from what happened in it.</summary>
public sealed class RecordTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_record_has_the_header_attendance_programme_and_decisions_of_the_meeting()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var me = (await facilitator.JoinAsync(meeting.Id)).You;
        using var visitor = app.NewClient();
        var jana = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Žaneta Čermáková");
        await using var janaClient = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await janaClient.JoinAsync(meeting.Id, jana.Ticket);
        var excused = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Adam Bílý");
        var f = facilitator.Connection;
        var id = meeting.Id;

        await f.InvokeAsync<long>(nameof(MeetingHub.AddAgendaItem), id, new AddAgendaItem(new("Zahájení", "K. Marcinková", 5, AgendaItemKind.Other), null));
        await f.InvokeAsync<long>(nameof(MeetingHub.AddAgendaItem), id, new AddAgendaItem(new("Rozvojové záměry", null, 30, AgendaItemKind.Vote), null));
        await f.InvokeAsync<long>(nameof(MeetingHub.MarkAttendance), id, new MarkAttendance(excused.ParticipantId, Attendance.Excused));
        await f.InvokeAsync<long>(nameof(MeetingHub.AddRoomAttendee), id, new AddRoomAttendee("Hana Dvořáková", AttendeeKind.Staff));
        await f.InvokeAsync<long>(nameof(MeetingHub.CreatePoll), id, new CreatePoll(new("Doporučit záměr Domova Pohoda?", PollKind.YesNoAbstain,
            ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true)));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await f.InvokeAsync<long>(nameof(MeetingHub.OpenPoll), id, new OpenPoll(pollId));
        await janaClient.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), id, new VoteRequest(pollId, [1, 0, 0], null));
        await f.InvokeAsync<long>(nameof(MeetingHub.ClosePoll), id, new ClosePoll(pollId));

        var response = await organizer.GetAsync($"/api/meetings/{id}/record.md");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        var record = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Setkání pracovní skupiny\n", record.ReplaceLineEndings("\n"));
        Assert.Contains("**Datum a čas:** 1. 12. 2026 13:00", record);
        Assert.Contains("**Místo:** Liberec", record);
        // Sorted the Czech way ("Ž" after "Z"); the facilitator is present (connected), the room attendee counts apart.
        var present = new[] { me.DisplayName, "Hana Dvořáková", "Žaneta Čermáková" }.Order(StringComparer.Create(new System.Globalization.CultureInfo("cs-CZ"), true));
        Assert.Contains($"**Přítomni:** {string.Join(", ", present)}", record);
        Assert.Contains("**Omluveni:** Adam Bílý", record);
        Assert.Contains("**Počet účastníků:** 2 (+1 hosté a ORK)", record);
        Assert.Contains("1. Zahájení (K. Marcinková)", record);
        Assert.Contains("2. Rozvojové záměry", record);
        Assert.Contains("### Doporučit záměr Domova Pohoda?", record);
        Assert.Contains("- doporučuji: 1", record);

        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/meetings/{id}/record.md")).StatusCode);
    }
}
