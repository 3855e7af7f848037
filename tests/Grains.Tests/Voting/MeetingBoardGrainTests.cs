using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;

namespace CommunityPlanning.Tests.Voting;

/// <summary>The board grain's own rules, called as its meeting calls it (the meeting has authorized and checked who may place dots).</summary>
public sealed class MeetingBoardGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly DateTimeOffset At = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    private static readonly RosterEntry Facilitator = new(Guid.NewGuid(), "Petra Hybnerová", MeetingRole.Facilitator, Guid.NewGuid(), At);

    private static RosterEntry Participant(Guid id) => new(id, "Jana", MeetingRole.Participant, null, At);

    [Fact]
    public async Task Merging_seats_moves_authorship_and_the_open_rounds_dots_without_counting_anyone_twice()
    {
        var board = fixture.Client.GetGrain<IMeetingBoardGrain>(Guid.NewGuid());
        var (laptop, phone) = (Guid.NewGuid(), Guid.NewGuid());
        await board.Apply(Participant(phone), new AddProposal(null, "Sdílená databáze služeb"), null);
        var proposal = (await board.Get(null, facilitator: true)).Proposals.Single().Id;
        await board.Apply(Facilitator, new StartPrioritisation(3), null);
        await board.Apply(Participant(laptop), new PlaceDots([new DotPlacement(proposal, 2)]), null);
        await board.Apply(Participant(phone), new PlaceDots([new DotPlacement(proposal, 3)]), null);

        var events = await board.MergeSeats(Participant(laptop), phone);

        Assert.IsType<BoardChanged>(Assert.Single(events));
        var view = await board.Get(null, facilitator: true);
        Assert.Equal([laptop], view.Proposals.Single().AuthorIds);
        Assert.Equal(2, view.Proposals.Single().Dots); // the kept seat's dots; the merged seat's are dropped
        Assert.Empty(await board.MergeSeats(Participant(laptop), phone)); // nothing left to move: no event, no write
    }

    [Fact]
    public async Task An_import_that_does_not_fit_is_refused_before_anything_changes()
    {
        var board = fixture.Client.GetGrain<IMeetingBoardGrain>(Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<DomainException>(() => board.CheckImport(["Dobrovolnické centrum", " "]));

        Assert.Equal(ErrorCodes.Required, refused.Code);
        Assert.Empty((await board.Get(null, facilitator: true)).Proposals);
    }
}
