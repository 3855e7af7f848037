using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// One person, one seat, over HTTP and the real SignalR client: the same name on the same invite from another browser
/// is asked about and takes the seat back when confirmed; the facilitator merges two seats and the merged one's
/// connection goes on as the kept seat.
/// </summary>
public sealed class SeatTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private async Task<(ApiClient Organizer, MeetingDetails Meeting, LiveClient Facilitator, InviteLink Invite)> MeetingAsync()
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        return (organizer, meeting, facilitator, await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant));
    }

    private static Task<HttpResponseMessage> Join(ApiClient browser, InviteLink invite, string name, bool confirmSeat = false) =>
        browser.PostAsync("/api/join", new { token = invite.Token, displayName = name, confirmSeat });

    private static async Task<IReadOnlyList<RosterEntry>> Roster(ApiClient organizer, Guid meetingId) =>
        (await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meetingId}")).Roster;

    [Fact]
    public async Task Another_browser_under_the_same_name_is_asked_and_confirming_gets_the_same_seat_once_it_is_free()
    {
        var (organizer, meeting, facilitator, invite) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        using var laptop = app.NewClient();
        var jana = await laptop.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana Nováková" });
        var live = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await live.JoinAsync(meeting.Id, jana.Ticket);
        await f.WaitForAsync<PresenceChanged>(p => p.ParticipantId == jana.ParticipantId && p.IsPresent);
        var people = (await Roster(organizer, meeting.Id)).Count;
        using var phone = app.NewClient();

        // Her laptop is connected: the seat is not for taking, confirmed or not.
        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.ParticipantSeatInUse), await ApiClient.ErrorOf(await Join(phone, invite, "jana novakova", confirmSeat: true)));
        await live.DisposeAsync();
        await f.WaitForAsync<PresenceChanged>(p => p.ParticipantId == jana.ParticipantId && !p.IsPresent);

        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.ParticipantNameTaken), await ApiClient.ErrorOf(await Join(phone, invite, "jana novakova")));
        Assert.Equal(people, (await Roster(organizer, meeting.Id)).Count);
        var back = await phone.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "jana novakova", confirmSeat = true });

        Assert.Equal((jana.ParticipantId, "Jana Nováková"), (back.ParticipantId, back.DisplayName));
        var reclaimed = await f.WaitForAsync<ModerationRecorded>(m => m.Record.Action == ModerationAction.SeatReclaimed);
        Assert.Equal(jana.ParticipantId, reclaimed.Record.ByParticipantId);
        await using var onPhone = await LiveClient.ConnectAsync(app.Host.BaseUri);
        Assert.Equal(jana.ParticipantId, (await onPhone.JoinAsync(meeting.Id, back.Ticket)).You.ParticipantId);
        var roster = await Roster(organizer, meeting.Id);
        Assert.Equal(people, roster.Count);
        Assert.Single(roster, e => e.DisplayName == "Jana Nováková");
    }

    [Fact]
    public async Task The_join_code_asks_the_same_question()
    {
        var (organizer, meeting, facilitator, invite) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        using var first = app.NewClient();
        var petr = await first.PostAsync<JoinResult>("/api/join/code", new { code = invite.Code, displayName = "Petr Dvořák" });
        using var second = app.NewClient();

        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.ParticipantNameTaken),
            await ApiClient.ErrorOf(await second.PostAsync("/api/join/code", new { code = invite.Code, displayName = "Petr Dvořák" })));
        var back = await second.PostAsync<JoinResult>("/api/join/code", new { code = invite.Code, displayName = "Petr Dvořák", confirmSeat = true });

        Assert.Equal(petr.ParticipantId, back.ParticipantId);
        Assert.Single(await Roster(organizer, meeting.Id), e => e.DisplayName == "Petr Dvořák");
    }

    [Fact]
    public async Task The_facilitator_merges_two_seats_and_the_merged_connection_goes_on_as_the_kept_seat()
    {
        var (organizer, meeting, facilitator, invite) = await MeetingAsync();
        using var _ = organizer;
        await using var f = facilitator;
        using var laptopBrowser = app.NewClient();
        using var phoneBrowser = app.NewClient();
        var laptop = await laptopBrowser.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana Nováková" });
        var phone = await phoneBrowser.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana (mobil)" });
        await using var onPhone = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await onPhone.JoinAsync(meeting.Id, phone.Ticket);
        await onPhone.Connection.ExecuteAsync(meeting.Id, new RaiseHand());

        // A participant may not merge; the refusal leaves the connection working and nothing changed.
        var before = await f.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        await HubAssert.Refused(ErrorCodes.Forbidden, () => onPhone.Connection.ExecuteAsync(meeting.Id, new MergeSeats(laptop.ParticipantId, phone.ParticipantId)));
        await HubAssert.Refused(ErrorCodes.MergeSameSeat, () => f.Connection.ExecuteAsync(meeting.Id, new MergeSeats(phone.ParticipantId, phone.ParticipantId)));
        await HubAssert.Refused(ErrorCodes.NotFound, () => f.Connection.ExecuteAsync(meeting.Id, new MergeSeats(laptop.ParticipantId, Guid.NewGuid())));
        var unchanged = await onPhone.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.Equal((before.Seq, before.Roster.Count), (unchanged.Seq, unchanged.Roster.Count));

        await f.Connection.ExecuteAsync(meeting.Id, new MergeSeats(laptop.ParticipantId, phone.ParticipantId));

        var merged = await onPhone.WaitForAsync<SeatsMerged>(_ => true);
        Assert.Equal((laptop.ParticipantId, phone.ParticipantId, true), (merged.Kept.ParticipantId, merged.MergedId, merged.KeptPresent));
        var recorded = await onPhone.WaitForAsync<ModerationRecorded>(_ => true);
        Assert.Equal(("Jana Nováková", "Jana (mobil)"), (recorded.Record.TargetName, recorded.Record.MergedName));
        var hands = await onPhone.WaitForAsync<SpeakersChanged>(_ => true);
        Assert.Equal([laptop.ParticipantId], hands.Speakers.Queue.Select(h => h.ParticipantId));
        // The phone's connection is the kept seat now: it lowers the kept seat's hand.
        var snapshot = await onPhone.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.Equal(laptop.ParticipantId, snapshot.You.ParticipantId);
        Assert.DoesNotContain(snapshot.Roster, e => e.ParticipantId == phone.ParticipantId);
        await onPhone.Connection.ExecuteAsync(meeting.Id, new LowerHand(null));
        Assert.Empty((await onPhone.WaitForAsync<SpeakersChanged>(_ => true)).Speakers.Queue);

        // Removing the kept seat closes the merged seat's connection too.
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        onPhone.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await f.Connection.ExecuteAsync(meeting.Id, new RemoveParticipant(laptop.ParticipantId, RevokeInvite: false));
        await closed.Task.WaitAsync(LiveClient.Timeout);
    }
}
