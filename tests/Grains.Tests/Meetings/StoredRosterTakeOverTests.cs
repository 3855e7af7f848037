using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>
/// A meeting stored by the version before the roster grain (its people in a state of their own under the meeting grain,
/// its moderation log inside the meeting's state) works after the upgrade: the roster grain and the moderation log
/// take their parts over, and the meeting's state no longer carries the log.
/// </summary>
public sealed class StoredRosterTakeOverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_meeting_stored_with_its_people_under_the_meeting_grain_keeps_them_in_the_roster_grain()
    {
        var meetingId = Guid.NewGuid();
        var facilitator = TestActors.NewOrganizer();
        var seat = new RosterEntry(Guid.NewGuid(), facilitator.DisplayName, MeetingRole.Facilitator, facilitator.AccountId, At);
        var invite = new InviteInfo(Guid.NewGuid(), MeetingRole.Participant, At, null, null, 2);
        var jana = new RosterEntry(Guid.NewGuid(), "Jana Nováková", MeetingRole.Participant, null, At, InviteId: invite.InviteId);
        var phone = new MergedSeat(Guid.NewGuid(), "Jana z telefonu", invite.InviteId, jana.ParticipantId, At);
        var started = new ModerationRecord(At, seat.ParticipantId, seat.DisplayName, ModerationAction.Started, null, null);
        var meeting = fixture.Client.GetGrain<IMeetingGrain>(meetingId);
        await Storage.WriteStateAsync(StoredMeetingState.Name, meeting.GetGrainId(), new GrainState<MeetingState>(new MeetingState
        {
            Details = new MeetingDetails(meetingId, Guid.NewGuid(), "Setkání", At, "Liberec", null, facilitator.AccountId!.Value,
                facilitator.DisplayName, MeetingPhase.Live, null, PublicWatchEnabled: false),
            StoredModeration = [started],
        }));
        await Storage.WriteStateAsync(LegacyMeetingPeople.Name, meeting.GetGrainId(), new GrainState<MeetingPeopleState>(new MeetingPeopleState
        {
            Roster = [seat, jana],
            Invites = [invite],
            MergedSeats = [phone],
        }));

        var snapshot = await meeting.GetSnapshot(facilitator);
        Assert.Equal(seat.ParticipantId, snapshot.You.ParticipantId);
        Assert.Equal([seat.ParticipantId, jana.ParticipantId], snapshot.Roster.Select(e => e.ParticipantId));
        Assert.Equal([started], snapshot.Moderation);
        Assert.Equal([invite], await meeting.ListInvites(facilitator));
        var onPhone = Actor.Participant(phone.ParticipantId, phone.DisplayName);
        Assert.Equal(jana.ParticipantId, (await meeting.Authorize(onPhone, MeetingRole.Participant)).ParticipantId);

        await meeting.Execute(facilitator, new MuteParticipant(jana.ParticipantId, true));

        // The roster grain and the log keep their own states; the meeting's state no longer carries the log.
        var roster = fixture.Client.GetGrain<IMeetingRosterGrain>(meetingId);
        var own = new GrainState<MeetingPeopleState>(new MeetingPeopleState());
        await Storage.ReadStateAsync(RosterStorage.Name, roster.GetGrainId(), own);
        Assert.True(own.State!.Roster.Single(e => e.ParticipantId == jana.ParticipantId).Muted);
        Assert.Equal([phone], own.State.MergedSeats);
        var stored = new GrainState<MeetingState>(new MeetingState());
        await Storage.ReadStateAsync(StoredMeetingState.Name, meeting.GetGrainId(), stored);
        Assert.Empty(stored.State!.StoredModeration);

        await fixture.Cluster.DeactivateAsync((IAddressable)meeting);
        await fixture.Cluster.DeactivateAsync((IAddressable)roster);
        await fixture.Cluster.DeactivateAsync((IAddressable)fixture.Client.GetGrain<IModerationLogGrain>(meetingId));
        var again = await meeting.GetSnapshot(facilitator);
        Assert.True(again.Roster.Single(e => e.ParticipantId == jana.ParticipantId).Muted);
        Assert.Equal([ModerationAction.Started, ModerationAction.Muted], again.Moderation.Select(r => r.Action));
        Assert.Equal(jana.ParticipantId, (await meeting.Authorize(onPhone, MeetingRole.Observer)).ParticipantId);
    }

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
}
