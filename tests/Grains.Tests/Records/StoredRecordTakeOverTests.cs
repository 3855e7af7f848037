using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Records;

/// <summary>
/// A meeting stored by the version before the record grain (people, tasks, minutes and the event number in the
/// meeting's own state) works after the upgrade: the people move to their own state, the record grain takes its part over, and the numbers go on above the stored one.
/// </summary>
public sealed class StoredRecordTakeOverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_meeting_stored_with_its_record_inside_is_read_back_through_the_record_grain()
    {
        var meetingId = Guid.NewGuid();
        var facilitator = TestActors.NewOrganizer();
        var task = new ActionItem(Guid.NewGuid(), "Připravit dotazník", "Jana", null, ActionItemStatus.Open, null, meetingId, At, At);
        var footer = new MinutesFooter("Petra Hybnerová", "v Liberci 26. 5. 2026");
        var old = new MeetingState
        {
            Details = new MeetingDetails(meetingId, Guid.NewGuid(), "Setkání", At, "Liberec", null, facilitator.AccountId!.Value,
                facilitator.DisplayName, MeetingPhase.Live, null, PublicWatchEnabled: false),
            StoredRoster = [new RosterEntry(Guid.NewGuid(), facilitator.DisplayName, MeetingRole.Facilitator, facilitator.AccountId, At)],
            Seq = 57,
            ActionItems = [task],
            Minutes = new MinutesState { Footer = footer },
        };
        var meeting = fixture.Client.GetGrain<IMeetingGrain>(meetingId);
        await Storage.WriteStateAsync("meeting", meeting.GetGrainId(), new GrainState<MeetingState>(old));

        var snapshot = await meeting.GetSnapshot(facilitator);
        Assert.Equal([task], snapshot.ActionItems);
        Assert.Equal(footer, snapshot.Minutes.Footer);
        Assert.Equal(57, snapshot.Seq);
        Assert.Equal(58, await meeting.Execute(facilitator, new StartTimer(60, null)));

        // The meeting's state no longer carries the record; the record grain's own state does.
        var stored = new GrainState<MeetingState>(new MeetingState());
        await Storage.ReadStateAsync("meeting", meeting.GetGrainId(), stored);
        Assert.NotNull(stored.State);
        Assert.Empty(stored.State.ActionItems);
        Assert.Empty(stored.State.StoredRoster);
        Assert.Equal(0, stored.State.Seq);

        await fixture.Cluster.DeactivateAsync((IAddressable)meeting);
        await fixture.Cluster.DeactivateAsync((IAddressable)fixture.Client.GetGrain<IMeetingRecordsGrain>(meetingId));
        var again = await meeting.GetSnapshot(facilitator);
        Assert.Equal([task], again.ActionItems);
        Assert.Equal(footer, again.Minutes.Footer);
        Assert.Equal([task], await meeting.GetActionItems());
    }

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
}
