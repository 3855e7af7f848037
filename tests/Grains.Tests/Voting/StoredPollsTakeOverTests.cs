using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Voting;

/// <summary>
/// A meeting stored by the version before the ballot box (its polls in the meeting's own state) keeps its polls: the
/// ballot box takes them over on the first activation, and the meeting's state no longer carries them.
/// </summary>
public sealed class StoredPollsTakeOverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_meeting_stored_with_its_polls_inside_shows_them_and_takes_ballots_through_the_ballot_box()
    {
        var meetingId = Guid.NewGuid();
        var facilitator = TestActors.NewOrganizer();
        var jana = new RosterEntry(Guid.NewGuid(), "Jana Nováková", MeetingRole.Participant, null, At, Attendance: Attendance.Present);
        var draft = new PollDraft("Doporučit záměr?", PollKind.SingleChoice, ["ano", "ne"], Secret: false, LiveResults: false);
        var open = new PollState { Id = Guid.NewGuid(), Draft = draft, Phase = PollPhase.Open, CreatedAt = At, OpenedAt = At };
        var closed = new PollState
        {
            Id = Guid.NewGuid(), Draft = draft with { Question = "Schválit program?" }, Phase = PollPhase.Closed, CreatedAt = At, OpenedAt = At,
            ClosedAt = At, Voters = [jana.ParticipantId], Named = [new NamedVote(jana.ParticipantId, [1, 0])],
            Result = PollCounting.Count(draft, [[1, 0]], 1, At, true, []),
        };
        var old = new MeetingState
        {
            Details = new MeetingDetails(meetingId, Guid.NewGuid(), "Setkání", At, "Liberec", null, facilitator.AccountId!.Value,
                facilitator.DisplayName, MeetingPhase.Live, null, PublicWatchEnabled: false),
            StoredRoster = [new RosterEntry(Guid.NewGuid(), facilitator.DisplayName, MeetingRole.Facilitator, facilitator.AccountId, At), jana],
            Seq = 12,
            StoredPolls = [open, closed],
        };
        var meeting = fixture.Client.GetGrain<IMeetingGrain>(meetingId);
        await Storage.WriteStateAsync("meeting", meeting.GetGrainId(), new GrainState<MeetingState>(old));

        var snapshot = await meeting.GetSnapshot(facilitator);
        Assert.Equal([open.Id, closed.Id], snapshot.Polls.Select(p => p.Id));
        Assert.Equal([1, 0], snapshot.Polls[1].Result!.Options.Select(o => o.Count));
        await meeting.CastVote(Actor.Participant(jana.ParticipantId, jana.DisplayName), open.Id, [0, 1], null);

        // The meeting's state no longer carries the polls; the ballot box's own state does, with the new ballot.
        var stored = new GrainState<MeetingState>(new MeetingState());
        await Storage.ReadStateAsync("meeting", meeting.GetGrainId(), stored);
        Assert.Empty(stored.State!.StoredPolls);
        var box = fixture.Client.GetGrain<IMeetingPollsGrain>(meetingId);
        var own = new GrainState<MeetingPollsState>(new MeetingPollsState());
        await Storage.ReadStateAsync("polls", box.GetGrainId(), own);
        Assert.Equal([open.Id, closed.Id], own.State!.Polls.Select(p => p.Id));
        Assert.Equal([jana.ParticipantId], own.State.Polls[0].Voters);

        await fixture.Cluster.DeactivateAsync((IAddressable)meeting);
        await fixture.Cluster.DeactivateAsync((IAddressable)box);
        var again = await meeting.GetSnapshot(facilitator);
        Assert.Equal([jana.ParticipantId], again.Polls[0].VoterIds);
        Assert.Equal(PollPhase.Closed, again.Polls[1].Phase);
    }

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
}
