using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Tests.Voting;

/// <summary>The proposals board: under the vision's areas, hidden brainstorm, merging, dots and rankings.</summary>
public sealed class ProposalBoardTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    /// <summary>A meeting on a vision with the three areas of the Liberec vision, and present participants.</summary>
    private async Task<(MeetingWorld World, Guid[] Areas, List<(Actor Actor, RosterEntry Entry)> People)> CreateAsync(int people)
    {
        var facilitator = TestActors.NewOrganizer();
        var groupId = Guid.NewGuid();
        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(groupId);
        await group.Create(facilitator, new WorkingGroupDraft("Řídicí skupina", TargetGroup.Steering, null));
        var document = await group.CreateVisionDocument(facilitator, new VisionDocumentDraft("Vize",
            [new("Uživatelé služeb v sociální oblasti", ""), new("Řízení služeb v sociální oblasti", ""), new("Poskytovatelé služeb v sociální oblasti", "")]));
        var meeting = await group.CreateMeeting(facilitator, new MeetingDraft("Workshop", new DateTime(2026, 12, 8, 13, 0, 0), "Liberec", null, document.Id));
        var world = new MeetingWorld(fixture.Client, facilitator, groupId, meeting);
        var list = new List<(Actor, RosterEntry)>();
        for (var i = 0; i < people; i++)
        {
            var person = await world.AdmitAsync(MeetingRole.Participant, $"Účastník {i + 1}");
            await world.Grain.Connect(person.Actor, "web-a", $"conn-{i}");
            list.Add(person);
        }

        return (world, [.. document.Sections.Select(s => s.Id)], list);
    }

    [Fact]
    public async Task In_a_private_brainstorm_proposals_stay_hidden_from_the_others_until_revealed()
    {
        var (world, areas, people) = await CreateAsync(2);
        var g = world.Grain;
        var observer = new RecordingObserver();
        await g.Subscribe("web-b", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);
        await g.Execute(world.Facilitator, new SetBrainstorm(true));

        await g.Execute(people[0].Actor, new AddProposal(areas[0], "Sdílená databáze volných kapacit služeb"));
        var broadcast = await observer.WaitFor<BoardChanged>(b => b.Board.Proposals.Count == 1);
        var hidden = Assert.Single(broadcast.Board.Proposals);
        Assert.True(hidden.Hidden);
        Assert.Null(hidden.Text);
        Assert.Empty(hidden.AuthorIds);

        Assert.Null(Assert.Single((await g.GetBoard(people[1].Actor)).Proposals).Text); // the other participant
        Assert.Equal("Sdílená databáze volných kapacit služeb", Assert.Single((await g.GetBoard(people[0].Actor)).Proposals).Text); // the author
        Assert.NotNull(Assert.Single((await g.GetBoard(world.Facilitator)).Proposals).Text); // the facilitator
        Assert.Null(Assert.Single((await g.GetSnapshot(people[1].Actor)).Board.Proposals).Text);

        await g.Execute(world.Facilitator, new RevealProposals());
        var revealed = await observer.WaitFor<BoardChanged>(b => b.Board.Proposals.All(p => !p.Hidden));
        Assert.Equal("Sdílená databáze volných kapacit služeb", revealed.Board.Proposals[0].Text);
        Assert.Equal([people[0].Entry.ParticipantId], revealed.Board.Proposals[0].AuthorIds);
    }

    [Fact]
    public async Task Merging_duplicates_keeps_authors_and_dots_and_counts_no_voter_twice()
    {
        var (world, areas, people) = await CreateAsync(3);
        var g = world.Grain;
        await g.Execute(people[0].Actor, new AddProposal(areas[0], "Informační kampaň o službách"));
        await g.Execute(people[1].Actor, new AddProposal(areas[0], "Kampaň: kam se obrátit"));
        await g.Execute(people[2].Actor, new AddProposal(areas[1], "Společné plánování s obcemi"));
        var ids = (await g.GetBoard(world.Facilitator)).Proposals.Select(p => p.Id).ToArray();

        await g.Execute(world.Facilitator, new StartPrioritisation(3, ShowTotals: true));
        await g.Execute(people[0].Actor, new PlaceDots([new(ids[0], 2), new(ids[1], 1)])); // supports both duplicates
        await g.Execute(people[1].Actor, new PlaceDots([new(ids[1], 3)]));
        await g.Execute(people[2].Actor, new PlaceDots([new(ids[2], 2), new(ids[0], 1)]));
        await AssertRefused(ErrorCodes.TooManyDots, () => g.Execute(people[2].Actor, new PlaceDots([new(ids[2], 4)])));

        await g.Execute(world.Facilitator, new MergeProposals(ids[0], ids[1]));
        var board = await g.GetBoard(people[0].Actor);
        var merged = board.Proposals.Single(p => p.Id == ids[0]);
        Assert.Equal([people[0].Entry.ParticipantId, people[1].Entry.ParticipantId], merged.AuthorIds);
        Assert.Equal([ids[1]], merged.MergedFrom);
        Assert.Equal((2L + 3 + 1, 3), (merged.Dots, merged.Voters)); // voter 1: max(2, 1) = 2, not 3
        Assert.Equal(2, board.YourDots[ids[0]]); // the freed dot is theirs to place again
        Assert.DoesNotContain(board.Proposals, p => p.Id == ids[1]);

        await g.Execute(world.Facilitator, new MoveProposal(ids[2], areas[2]));
        await g.Execute(world.Facilitator, new ClosePrioritisation());
        var ranking = Assert.Single((await g.GetSnapshot(world.Facilitator)).Board.Rankings);
        Assert.Equal((1, 3, 3), (ranking.Number, ranking.DotsPerVoter, ranking.VotersCount));
        Assert.Equal([(ids[0], 6L, 1, 1), (ids[2], 2L, 1, 2)], ranking.Entries.Select(e => (e.ProposalId, e.Dots, e.RankInArea, e.RankOverall)));
        Assert.Equal(areas[2], ranking.Entries[1].AreaId);
        await AssertRefused(ErrorCodes.PollNotOpen, () => g.Execute(people[0].Actor, new PlaceDots([])));
    }

    [Fact]
    public async Task Totals_stay_hidden_from_participants_until_the_round_closes_unless_shown()
    {
        var (world, areas, people) = await CreateAsync(2);
        var g = world.Grain;
        await g.Execute(people[0].Actor, new AddProposal(areas[0], "Informační kampaň o službách"));
        await g.Execute(people[1].Actor, new AddProposal(areas[1], "Společné plánování s obcemi"));
        var ids = (await g.GetBoard(world.Facilitator)).Proposals.Select(p => p.Id).ToArray();

        await g.Execute(world.Facilitator, new StartPrioritisation(3)); // hidden is the default
        await g.Execute(people[0].Actor, new PlaceDots([new(ids[0], 2), new(ids[1], 1)]));
        await g.Execute(people[1].Actor, new PlaceDots([new(ids[0], 3)]));

        var participant = await g.GetBoard(people[1].Actor);
        Assert.True(participant.TotalsHidden);
        Assert.All(participant.Proposals, p => Assert.Equal((0L, 0), (p.Dots, p.Voters)));
        Assert.Equal(3, participant.YourDots[ids[0]]); // one's own dots are one's own to see
        var broadcast = (await g.GetSnapshot(people[0].Actor)).Board;
        Assert.All(broadcast.Proposals, p => Assert.Equal(0L, p.Dots));
        var facilitator = await g.GetBoard(world.Facilitator);
        Assert.False(facilitator.TotalsHidden);
        Assert.Equal((5L, 2), (facilitator.Proposals.Single(p => p.Id == ids[0]).Dots, facilitator.Proposals.Single(p => p.Id == ids[0]).Voters));

        await g.Execute(world.Facilitator, new ClosePrioritisation());
        var closed = await g.GetBoard(people[1].Actor);
        Assert.False(closed.TotalsHidden);
        Assert.Equal(5L, closed.Proposals.Single(p => p.Id == ids[0]).Dots);
        Assert.Equal(5L, closed.Rankings[0].Entries[0].Dots);

        await g.Execute(world.Facilitator, new StartPrioritisation(2, ShowTotals: true));
        await g.Execute(people[0].Actor, new PlaceDots([new(ids[1], 2)]));
        var shown = await g.GetBoard(people[1].Actor);
        Assert.False(shown.TotalsHidden);
        Assert.Equal(2L, shown.Proposals.Single(p => p.Id == ids[1]).Dots);
    }

    [Fact]
    public async Task More_dots_than_a_voter_has_are_refused_with_their_own_code_and_change_nothing()
    {
        var (world, areas, people) = await CreateAsync(1);
        var g = world.Grain;
        await g.Execute(people[0].Actor, new AddProposal(areas[0], "Informační kampaň o službách"));
        await g.Execute(people[0].Actor, new AddProposal(areas[1], "Společné plánování s obcemi"));
        var ids = (await g.GetBoard(world.Facilitator)).Proposals.Select(p => p.Id).ToArray();
        await g.Execute(world.Facilitator, new StartPrioritisation(3));
        await g.Execute(people[0].Actor, new PlaceDots([new(ids[0], 1)]));
        var seq = (await g.GetSnapshot(world.Facilitator)).Seq;

        await AssertRefused(ErrorCodes.TooManyDots, () => g.Execute(people[0].Actor, new PlaceDots([new(ids[0], 2), new(ids[1], 2)])));
        await AssertRefused(ErrorCodes.BallotInvalid, () => g.Execute(people[0].Actor, new PlaceDots([new(ids[0], -1)])));

        Assert.Equal(seq, (await g.GetSnapshot(world.Facilitator)).Seq);
        Assert.Equal(new Dictionary<Guid, int> { [ids[0]] = 1 }, (await g.GetBoard(people[0].Actor)).YourDots);
    }

    [Fact]
    public async Task Observers_and_bad_input_change_nothing()
    {
        var (world, areas, people) = await CreateAsync(1);
        var g = world.Grain;
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Občan");
        var before = await g.GetSnapshot(world.Facilitator);

        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(observer, new AddProposal(areas[0], "Návrh")));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(people[0].Actor, new RevealProposals()));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(people[0].Actor, new MergeProposals(Guid.NewGuid(), Guid.NewGuid())));
        await AssertRefused(ErrorCodes.Required, () => g.Execute(people[0].Actor, new AddProposal(areas[0], "  ")));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(people[0].Actor, new AddProposal(Guid.NewGuid(), "Jinde")));
        await AssertRefused(ErrorCodes.PollNotOpen, () => g.Execute(people[0].Actor, new PlaceDots([])));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(world.Facilitator, new StartPrioritisation(0)));

        Assert.Equal(before.Seq, (await g.GetSnapshot(world.Facilitator)).Seq);
        Assert.Empty((await g.GetBoard(world.Facilitator)).Proposals);
    }
}
