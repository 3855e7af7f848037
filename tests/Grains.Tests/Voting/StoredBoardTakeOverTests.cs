using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Voting;

/// <summary>
/// A meeting stored by the version before the board grain (its proposals board in the meeting's own state) keeps its
/// board: the board grain takes it over on the first activation, and the meeting's state no longer carries it.
/// </summary>
public sealed class StoredBoardTakeOverTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_meeting_stored_with_its_board_inside_shows_it_and_goes_on_through_the_board_grain()
    {
        var meetingId = Guid.NewGuid();
        var facilitator = TestActors.NewOrganizer();
        var author = Guid.NewGuid();
        var proposal = new ProposalState { Id = Guid.NewGuid(), Text = "Sdílená databáze služeb", AuthorIds = [author], CreatedAt = At };
        var ranking = new ProposalRanking(1, At, 3, 1, [new RankedProposal(proposal.Id, null, proposal.Text, 3, 1, 1, 1)]);
        var old = new MeetingState
        {
            Details = new MeetingDetails(meetingId, Guid.NewGuid(), "Setkání", At, "Liberec", null, facilitator.AccountId!.Value,
                facilitator.DisplayName, MeetingPhase.Live, null, PublicWatchEnabled: false),
            StoredRoster = [new RosterEntry(Guid.NewGuid(), facilitator.DisplayName, MeetingRole.Facilitator, facilitator.AccountId, At)],
            Seq = 9,
            StoredBoard = new BoardState { Proposals = [proposal], Rankings = [ranking] },
        };
        var meeting = fixture.Client.GetGrain<IMeetingGrain>(meetingId);
        await Storage.WriteStateAsync("meeting", meeting.GetGrainId(), new GrainState<MeetingState>(old));

        var snapshot = await meeting.GetSnapshot(facilitator);
        Assert.Equal([proposal.Id], snapshot.Board.Proposals.Select(p => p.Id));
        Assert.Equal([1], snapshot.Board.Rankings.Select(r => r.Number));
        await meeting.Execute(facilitator, new AddProposal(null, "Dobrovolnické centrum"));

        // The meeting's state no longer carries the board; the board grain's own state does, with the new proposal.
        var stored = new GrainState<MeetingState>(new MeetingState());
        await Storage.ReadStateAsync("meeting", meeting.GetGrainId(), stored);
        Assert.Empty(stored.State!.StoredBoard.Proposals);
        Assert.Empty(stored.State.StoredBoard.Rankings);
        var board = fixture.Client.GetGrain<IMeetingBoardGrain>(meetingId);
        var own = new GrainState<MeetingBoardState>(new MeetingBoardState());
        await Storage.ReadStateAsync("board", board.GetGrainId(), own);
        Assert.Equal(2, own.State!.Board.Proposals.Count);

        await fixture.Cluster.DeactivateAsync((IAddressable)meeting);
        await fixture.Cluster.DeactivateAsync((IAddressable)board);
        var again = await meeting.GetSnapshot(facilitator);
        Assert.Equal(2, again.Board.Proposals.Count);
        Assert.Single(again.Board.Rankings);
    }

    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
}
