using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.Voting;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>
/// The public version of approved minutes (<c>minutes/public.{format}</c>): observers read it with their ticket; people
/// are named as the public sees them by the meeting's roster now; the town's own text (tasks, the minute-taker) stays.
/// </summary>
public sealed class PublicMinutesTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string Hidden = "Marie Skrytá";
    private const string HiddenRole = "pečující, Domov Pohoda";
    private const string Unlabelled = "Tomáš Bezejmenný";
    private const string Shown = "Petr Veřejný";
    private const string Observer = "Občanka Věra";
    private const string Excused = "Eva Omluvená";

    [Fact]
    public async Task Observers_read_approved_minutes_with_people_as_the_public_sees_them_and_the_towns_text_as_written()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var id = meeting.Id;
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var organizerName = (await facilitator.JoinAsync(id)).You.DisplayName;
        using var visitor = app.NewClient();
        var observer = await MeetingSetup.JoinAsync(organizer, visitor, id, MeetingRole.Observer, Observer);
        await using var hidden = await SeatAsync(organizer, visitor, id, Hidden);
        await using var unlabelled = await SeatAsync(organizer, visitor, id, Unlabelled);
        await using var shown = await SeatAsync(organizer, visitor, id, Shown);
        await hidden.Client.ExecuteAsync(id, new SetPublicName(ShowName: false, HiddenRole));
        await shown.Client.ExecuteAsync(id, new SetPublicName(ShowName: true, PublicRole: null));
        var f = facilitator.Connection;
        await f.ExecuteAsync(id, new AddRoomAttendee(Excused, AttendeeKind.Guest));
        var excusedId = (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == Excused)).Entry.ParticipantId;
        await f.ExecuteAsync(id, new MarkAttendance(excusedId, Attendance.Excused));

        // A named vote: the hidden participant's ballot entered on her behalf by the facilitator.
        await f.ExecuteAsync(id, new AddAgendaItem(new("Rozvojové záměry", null, 30, AgendaItemKind.Vote), null));
        await f.ExecuteAsync(id, new CreatePoll(new("Doporučit záměr Domova Pohoda?", PollKind.YesNoAbstain,
            ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true)));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await f.ExecuteAsync(id, new OpenPoll(pollId));
        await f.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), id, new VoteRequest(pollId, [1, 0, 0], null, hidden.ParticipantId));
        await shown.Client.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), id, new VoteRequest(pollId, [0, 1, 0], null));
        await f.ExecuteAsync(id, new ClosePoll(pollId));
        await f.ExecuteAsync(id, new AddActionItem(new("Oslovit zástupce pečujících", "Kateřina Marcinková", new DateOnly(2026, 12, 15), null)));
        await f.ExecuteAsync(id, new SetMinutesFooter(new MinutesFooter("Lucie Hrubá", "V Liberci")));

        // Before any approval there is nothing public, for observers and organizers alike.
        await AssertRefusedAsync(visitor, id, observer.Ticket, HttpStatusCode.NotFound, ErrorCodes.MinutesNotApproved);
        var (draftStatus, draftCode) = await ApiClient.ErrorOf(await organizer.GetAsync($"/api/meetings/{id}/minutes/public.md"));
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.MinutesNotApproved), (draftStatus, draftCode));

        await f.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), id, MeetingPhase.Ended);
        await f.ExecuteAsync(id, new ApproveMinutes());

        // The members' record names everyone: the public version must differ exactly there.
        var members = await ReadAsync(await organizer.GetAsync($"/api/meetings/{id}/minutes.md?version=1"));
        Assert.Contains($"**Přítomni:** {organizerName}, {Hidden}, {Unlabelled}, {Shown}", members, StringComparison.Ordinal);

        using var request = PublicRequest(id, observer.Ticket, "md?lang=cs");
        using var response = await visitor.SendRawAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("-verejna.md", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var record = await ReadAsync(response);
        Assert.Contains("**Facilitátor(ka):** Facilitátor  \n", record, StringComparison.Ordinal);
        Assert.Contains($"**Přítomni:** Facilitátor, {HiddenRole}, člen(ka) skupiny, {Shown}", record, StringComparison.Ordinal);
        Assert.Contains("**Omluveni:** host", record, StringComparison.Ordinal);
        Assert.Contains($"{HiddenRole} (zadal/a Facilitátor)", record, StringComparison.Ordinal);
        // The town's own text stays as written.
        Assert.Contains("Oslovit zástupce pečujících – Z: K. Marcinková, T: 15. 12. 2026", record, StringComparison.Ordinal);
        Assert.Contains("zapsal(a): Lucie Hrubá", record, StringComparison.Ordinal);
        Assert.Contains("Schváleno dne", record, StringComparison.Ordinal);
        foreach (var name in new[] { Hidden, Unlabelled, Excused, Observer, organizerName, TestAccounts.AdminEmail })
        {
            Assert.DoesNotContain(name, record, StringComparison.OrdinalIgnoreCase);
        }

        // The other formats; an unknown version or format; the public version is no way around the members' record.
        using var docx = await visitor.SendRawAsync(PublicRequest(id, observer.Ticket, "docx?version=1"));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var html = await visitor.SendRawAsync(PublicRequest(id, observer.Ticket, "html"));
        Assert.DoesNotContain(Hidden, await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertRefusedAsync(visitor, id, observer.Ticket, HttpStatusCode.NotFound, ErrorCodes.MinutesVersionUnknown, "md?version=2");
        await AssertRefusedAsync(visitor, id, observer.Ticket, HttpStatusCode.BadRequest, ErrorCodes.InvalidValue, "pdf");
        using var members2 = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{id}/minutes.md?version=1");
        members2.Headers.Add("X-Participant-Ticket", observer.Ticket);
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.Forbidden), await ApiClient.ErrorOf(await visitor.SendRawAsync(members2)));
    }

    [Fact]
    public async Task Anonymous_callers_and_tickets_of_another_meeting_are_refused()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var other = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var stranger = await MeetingSetup.JoinAsync(organizer, visitor, other.Id, MeetingRole.Participant, "Cizí účastnice");

        Assert.Equal((HttpStatusCode.Unauthorized, ErrorCodes.Unauthenticated), await ApiClient.ErrorOf(await visitor.GetAsync($"/api/meetings/{meeting.Id}/minutes/public.md")));
        await AssertRefusedAsync(visitor, meeting.Id, stranger.Ticket, HttpStatusCode.Unauthorized, ErrorCodes.TicketInvalid);
    }

    private static HttpRequestMessage PublicRequest(Guid meetingId, string ticket, string formatAndQuery)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/meetings/{meetingId}/minutes/public.{formatAndQuery}");
        request.Headers.Add("X-Participant-Ticket", ticket);
        return request;
    }

    private static async Task AssertRefusedAsync(ApiClient client, Guid meetingId, string ticket, HttpStatusCode status, string code, string formatAndQuery = "md")
    {
        using var request = PublicRequest(meetingId, ticket, formatAndQuery);
        Assert.Equal((status, code), await ApiClient.ErrorOf(await client.SendRawAsync(request)));
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).ReplaceLineEndings("\n");
    }

    private async Task<Seat> SeatAsync(ApiClient organizer, ApiClient visitor, Guid meetingId, string name)
    {
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, MeetingRole.Participant, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(meetingId, joined.Ticket);
        return new Seat(client, joined.ParticipantId);
    }

    /// <summary>A participant connected live (so counted present).</summary>
    private sealed record Seat(LiveClient Client, Guid ParticipantId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Client.DisposeAsync();
    }
}
