using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>The hub on real Kestrel with the real SignalR client.</summary>
public sealed class MeetingHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_facilitator_sees_a_participant_arrive_and_leave_live_in_sequence()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var start = await facilitator.JoinAsync(meeting.Id);
        Assert.Equal(MeetingRole.Facilitator, start.You.Role);
        Assert.Contains(start.You.ParticipantId, start.Present);

        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        var participant = await LiveClient.ConnectAsync(app.Host.BaseUri);
        var participantView = await participant.JoinAsync(meeting.Id, joined.Ticket);
        Assert.Equal(MeetingRole.Participant, participantView.You.Role);
        Assert.Contains(start.You.ParticipantId, participantView.Present);

        await facilitator.WaitForAsync<PresenceChanged>(p => p.ParticipantId == joined.ParticipantId && p.IsPresent);
        await participant.DisposeAsync(); // the connection drops
        await facilitator.WaitForAsync<PresenceChanged>(p => p.ParticipantId == joined.ParticipantId && !p.IsPresent);

        // Events up to the snapshot's number may arrive too (the group is joined before the snapshot is
        // taken, so nothing falls between them); the client drops those. After it, nothing is missing.
        var after = facilitator.Received.Where(e => e.Seq > start.Seq).ToList();
        Assert.Equal(Enumerable.Range((int)start.Seq + 1, after.Count).Select(s => (long)s), after.Select(e => e.Seq));
        Assert.Equal(3, after.Count);
        var roster = Assert.IsType<RosterChanged>(after[0]);
        Assert.Equal("Jana Nováková", roster.Entry.DisplayName);
    }

    [Theory]
    [InlineData(MeetingRole.Observer)]
    [InlineData(MeetingRole.Participant)]
    public async Task A_role_below_facilitator_is_refused_moderation_and_its_connection_stays_usable(MeetingRole role)
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, role, "Host");
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        var before = await client.JoinAsync(meeting.Id, joined.Ticket);

        await HubAssert.Refused(ErrorCodes.Forbidden, () => client.Connection.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), meeting.Id, MeetingPhase.Live));

        var after = await client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.Equal(MeetingPhase.Scheduled, after.Details.Phase);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(HubConnectionState.Connected, client.Connection.State);
    }

    [Fact]
    public async Task The_facilitator_starts_the_meeting_and_everyone_hears_it()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, "Občan");
        await using var observer = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await observer.JoinAsync(meeting.Id, joined.Ticket);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);

        await facilitator.Connection.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), meeting.Id, MeetingPhase.Live);

        var updated = await observer.WaitForAsync<MeetingUpdated>(_ => true);
        Assert.Equal(MeetingPhase.Live, updated.Details.Phase);
    }

    [Fact]
    public async Task Joining_needs_a_valid_ticket_for_that_meeting_or_the_organizer_cookie()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var other = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, other.Id, MeetingRole.Participant, "Jana");
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri);

        await HubAssert.Refused(ErrorCodes.Unauthenticated, () => client.JoinAsync(meeting.Id));
        await HubAssert.Refused(ErrorCodes.TicketInvalid, () => client.JoinAsync(meeting.Id, "forged"));
        await HubAssert.Refused(ErrorCodes.TicketInvalid, () => client.JoinAsync(meeting.Id, joined.Ticket));
        await HubAssert.Refused(ErrorCodes.NotJoined, () => client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id));

        // The same connection still works for the meeting the ticket belongs to.
        var snapshot = await client.JoinAsync(other.Id, joined.Ticket);
        Assert.Equal(joined.ParticipantId, snapshot.You.ParticipantId);
    }

    [Fact]
    public async Task An_unknown_meeting_and_a_malformed_call_are_refused_without_closing_the_connection()
    {
        using var organizer = await app.SignedInAdminAsync();
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);

        await HubAssert.Refused(ErrorCodes.NotFound, () => client.JoinAsync(Guid.NewGuid()));
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.JoinMeeting), "not an object"));
        await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot)));

        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        Assert.Equal(meeting.Id, (await client.JoinAsync(meeting.Id)).Details.Id);
    }

    [Fact]
    public async Task A_participant_reads_the_meetings_vision_document()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var document = await organizer.PostAsync<VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents", new
        {
            title = "Vize sociálních služeb Libereckého kraje",
            sections = new[] { new { heading = "Řízení služeb v sociální oblasti", text = "Je vytvořena pružná a dostupná síť služeb." } },
        });
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, document.Id, group.Id);
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(meeting.Id, joined.Ticket);

        var read = await client.Connection.InvokeAsync<VisionDocumentDetails>(nameof(MeetingHub.GetVisionDocument), meeting.Id);

        Assert.Equal("Je vytvořena pružná a dostupná síť služeb.", read.Sections.Single().Text);
    }
}
