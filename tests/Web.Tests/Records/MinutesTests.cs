using System.Net;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>The minutes, built from what happened in the meeting, approved and exported.</summary>
public sealed class MinutesTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task Approved_minutes_have_the_header_attendance_notes_decisions_tasks_and_footer_in_every_format()
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
        var observer = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, "Veřejnost");
        var f = facilitator.Connection;
        var id = meeting.Id;

        await f.ExecuteAsync(id, new AddAgendaItem(new("Zahájení", "K. Marcinková", 5, AgendaItemKind.Other), null));
        await f.ExecuteAsync(id, new AddAgendaItem(new("Rozvojové záměry", null, 30, AgendaItemKind.Vote), null));
        await f.ExecuteAsync(id, new MarkAttendance(excused.ParticipantId, Attendance.Excused));
        await f.ExecuteAsync(id, new AddRoomAttendee("Hana Dvořáková", AttendeeKind.Staff));
        await f.ExecuteAsync(id, new CreatePoll(new("Doporučit záměr Domova Pohoda?", PollKind.YesNoAbstain,
            ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true)));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await f.ExecuteAsync(id, new OpenPoll(pollId));
        await janaClient.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), id, new VoteRequest(pollId, [1, 0, 0], null));
        await f.ExecuteAsync(id, new ClosePoll(pollId));

        // Notes written by a participant through the live channel, a task, the footer; then the end and approval.
        var minutes = await janaClient.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), id);
        var firstItem = minutes.Sections[0].SectionId;
        await janaClient.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), id, new EditRequest(firstItem, 0,
            JsonSerializer.SerializeToElement(new object[] { "- proběhlo mapování potřeb\n- město má minimum dat" }), "jana-1", minutes.DocumentId));
        var history = await janaClient.Connection.InvokeAsync<IReadOnlyList<HistoryEntry>>(nameof(MeetingHub.GetHistory), id,
            new HistoryRequest(firstItem, long.MaxValue, 10, minutes.DocumentId));
        Assert.Equal(2, history.Count);
        Assert.Equal([jana.ParticipantId], history[0].AuthorIds);
        Assert.Equal(0L, history[^1].ToRevision); // the notes as the item began: empty
        await f.ExecuteAsync(id, new AddActionItem(new("Oslovit zástupce pečujících", "Kateřina Marcinková", new DateOnly(2026, 12, 15), firstItem)));
        await f.ExecuteAsync(id, new SetMinutesFooter(new MinutesFooter("Lucie Hrubá", "V Liberci")));
        await f.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), id, MeetingPhase.Ended);
        await f.ExecuteAsync(id, new ApproveMinutes());

        var response = await organizer.GetAsync($"/api/meetings/{id}/minutes.md?version=1");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        var record = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n");
        Assert.StartsWith("# Zápis z jednání: Setkání pracovní skupiny\n", record);
        Assert.Contains("**Datum a čas:** 1. 12. 2026 13:00", record);
        Assert.Contains("**Místo:** Liberec", record);
        // As entered (the group has the default form); the facilitator is present (connected), the room attendee counts apart.
        Assert.Contains($"**Přítomni:** {me.DisplayName}, Žaneta Čermáková, Hana Dvořáková", record);
        Assert.Contains("**Omluveni:** Adam Bílý", record);
        Assert.Contains("**Počet účastníků:** 2 (+1 hosté a ORK)", record);
        Assert.Contains("1. Zahájení (K. Marcinková)", record);
        Assert.Contains("2. Rozvojové záměry", record);
        // The presenter after a dash as towns write it; no bare time spent ("3 min") under the heading.
        Assert.Contains("## Ad 1) Zahájení – K. Marcinková\n\n- proběhlo", record);
        Assert.DoesNotContain(" min\n", record);
        Assert.Contains("- proběhlo mapování potřeb\n- město má minimum dat", record);
        Assert.Contains("Oslovit zástupce pečujících – Z: K. Marcinková, T: 15. 12. 2026", record);
        Assert.Contains("## Ad 2) Rozvojové záměry\n", record);
        Assert.Contains("Doporučit záměr Domova Pohoda?", record);
        Assert.Contains("- doporučuji: 1", record);
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, CommunityPlanning.Common.PragueTime.Zone).ToString("d. M. yyyy");
        Assert.Contains($"V Liberci dne {today}, zapsal(a): Lucie Hrubá", record);
        Assert.Contains($"Schváleno dne {today}, {me.DisplayName} (verze 1)", record);

        // The participant reads it with their ticket; the same version as DOCX passes the Open XML validator.
        using var withTicket = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{id}/minutes.docx?version=1");
        withTicket.Headers.Add("X-Participant-Ticket", jana.Ticket);
        var docx = await visitor.SendRawAsync(withTicket);
        docx.EnsureSuccessStatusCode();
        using (var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(word));
            var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("Ad 1) Zahájení", text);
            Assert.Contains("Z: K. Marcinková, T: 15. 12. 2026", text);
        }

        var html = await organizer.GetAsync($"/api/meetings/{id}/minutes.html?version=1&lang=en");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"en\"", await html.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "validation.invalid_value"), await ApiClient.ErrorOf(await organizer.GetAsync($"/api/meetings/{id}/minutes.pdf")));
        Assert.Equal((HttpStatusCode.NotFound, "minutes.version_unknown"), await ApiClient.ErrorOf(await organizer.GetAsync($"/api/meetings/{id}/minutes.md?version=2")));

        using var anonymous = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/meetings/{id}/minutes.md")).StatusCode);
        using var asObserver = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{id}/minutes.md");
        asObserver.Headers.Add("X-Participant-Ticket", observer.Ticket);
        Assert.Equal(HttpStatusCode.Forbidden, (await anonymous.SendRawAsync(asObserver)).StatusCode);
    }
}
