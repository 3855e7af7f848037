using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Voting;

/// <summary>Polls through the meeting grain: eligibility, changing a vote, frozen results, secrecy, concurrency.</summary>
public sealed class PollTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly PollDraft Opinion = new("Stanovisko k záměru: doporučit?", PollKind.YesNoAbstain,
        ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true);

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    /// <summary>A meeting with <paramref name="count"/> participants connected (so present), and a poll opened in it.</summary>
    private async Task<(MeetingWorld World, List<(Actor Actor, RosterEntry Entry)> Voters, Guid PollId)> OpenAsync(PollDraft draft, int count)
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var voters = new List<(Actor, RosterEntry)>();
        for (var i = 0; i < count; i++)
        {
            var voter = await world.AdmitAsync(MeetingRole.Participant, $"Člen {i + 1}");
            await world.Grain.Connect(voter.Actor, "web-a", $"conn-{i}");
            voters.Add(voter);
        }

        await world.Grain.Execute(world.Facilitator, new CreatePoll(draft));
        var pollId = (await world.Grain.GetSnapshot(world.Facilitator)).Polls[^1].Id;
        await world.Grain.Execute(world.Facilitator, new OpenPoll(pollId));
        return (world, voters, pollId);
    }

    private static async Task<PollView> PollOf(MeetingWorld world, Guid pollId) =>
        (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single(p => p.Id == pollId);

    [Fact]
    public async Task A_named_opinion_shows_live_results_lets_voters_change_and_freezes_at_close()
    {
        var (world, voters, pollId) = await OpenAsync(Opinion, 4);
        var g = world.Grain;
        await g.CastVote(voters[0].Actor, pollId, [1, 0, 0], null);
        await g.CastVote(voters[1].Actor, pollId, [1, 0, 0], null);
        await g.CastVote(voters[2].Actor, pollId, [0, 1, 0], null);
        await g.CastVote(voters[2].Actor, pollId, [0, 0, 1], null); // changed their mind
        Assert.Equal([0, 0, 1], await g.GetBallot(voters[2].Actor, pollId, null));

        var live = (await PollOf(world, pollId)).Result!;
        Assert.False(live.Final);
        Assert.Equal([2L, 0, 1], live.Options.Select(o => o.Count));
        Assert.Equal((4, 3), (live.Eligible, live.Voted));

        await g.Execute(world.Facilitator, new ClosePoll(pollId));
        await AssertRefused(ErrorCodes.PollNotOpen, () => g.CastVote(voters[3].Actor, pollId, [0, 1, 0], null));
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var closed = await PollOf(world, pollId);
        Assert.Equal(PollPhase.Closed, closed.Phase);
        Assert.True(closed.Result!.Final);
        Assert.Equal([2L, 0, 1], closed.Result.Options.Select(o => o.Count));
        Assert.Equal("count", closed.Result.Method);
        Assert.Equal(closed.ClosedAt, closed.Result.At);
        Assert.Equal(["Člen 1", "Člen 2", "Člen 3"], closed.Result.Named.Select(n => n.Name).Order());
    }

    [Fact]
    public async Task Only_present_participants_with_voting_right_vote_and_a_recused_one_does_not()
    {
        var (world, voters, pollId) = await OpenAsync(Opinion, 3);
        var g = world.Grain;
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Občan");
        await g.Connect(observer, "web-a", "conn-o");
        var (away, _) = await world.AdmitAsync(MeetingRole.Participant, "Nepřipojený");

        await AssertRefused(ErrorCodes.Forbidden, () => g.CastVote(observer, pollId, [1, 0, 0], null));
        await AssertRefused(ErrorCodes.PollNotEligible, () => g.CastVote(away, pollId, [1, 0, 0], null));
        await g.Execute(world.Facilitator, new RecuseVoter(pollId, voters[0].Entry.ParticipantId, true));
        await AssertRefused(ErrorCodes.PollNotEligible, () => g.CastVote(voters[0].Actor, pollId, [1, 0, 0], null));
        await g.Execute(world.Facilitator, new SetVotingRight(voters[1].Entry.ParticipantId, false));
        await AssertRefused(ErrorCodes.PollNotEligible, () => g.CastVote(voters[1].Actor, pollId, [1, 0, 0], null));
        await g.Execute(world.Facilitator, new MuteParticipant(voters[2].Entry.ParticipantId, true));
        await AssertRefused(ErrorCodes.ParticipantMuted, () => g.CastVote(voters[2].Actor, pollId, [1, 0, 0], null));
        await g.Execute(world.Facilitator, new MuteParticipant(voters[2].Entry.ParticipantId, false));
        await AssertRefused(ErrorCodes.BallotInvalid, () => g.CastVote(voters[2].Actor, pollId, [1, 1, 0], null));

        var before = await g.GetSnapshot(world.Facilitator);
        await AssertRefused(ErrorCodes.NotFound, () => g.CastVote(voters[2].Actor, Guid.NewGuid(), [1, 0, 0], null));
        Assert.Equal(before.Seq, (await g.GetSnapshot(world.Facilitator)).Seq);

        await g.CastVote(voters[2].Actor, pollId, [0, 1, 0], null);
        var result = (await PollOf(world, pollId)).Result!;
        Assert.Equal((1, 1), (result.Eligible, result.Voted)); // the recused, the one without right and the absent do not count
        Assert.Equal([voters[0].Entry.ParticipantId], (await PollOf(world, pollId)).Recused);
    }

    [Fact]
    public async Task Below_the_quorum_the_result_is_not_valid()
    {
        var (world, voters, pollId) = await OpenAsync(Opinion with { Quorum = 3 }, 3);
        await world.Grain.CastVote(voters[0].Actor, pollId, [1, 0, 0], null);
        await world.Grain.CastVote(voters[1].Actor, pollId, [1, 0, 0], null);
        await world.Grain.Execute(world.Facilitator, new ClosePoll(pollId));
        var result = (await PollOf(world, pollId)).Result!;
        Assert.False(result.Valid);
        Assert.Equal((3, 2), (result.Eligible, result.Voted));
    }

    [Fact]
    public async Task A_secret_ballot_records_who_voted_apart_from_what_and_nothing_links_them()
    {
        var secret = new PollDraft("Tajné hlasování o prioritě", PollKind.SingleChoice, ["A 1", "A 2", "B 1"], Secret: true, LiveResults: false);
        var (world, voters, pollId) = await OpenAsync(secret, 6);
        var g = world.Grain;
        Assert.Equal(ErrorCodes.PollSecretLive, (await Assert.ThrowsAsync<DomainException>(() =>
            g.Execute(world.Facilitator, new CreatePoll(secret with { LiveResults = true })))).Code);

        var choices = new[] { 0, 2, 1, 0, 2, 0 };
        var receipts = new List<string>();
        for (var i = 0; i < voters.Count; i++)
        {
            var values = new int[3];
            values[choices[i]] = 1;
            var receipt = await g.CastVote(voters[i].Actor, pollId, values, null);
            receipts.Add(Assert.IsType<string>(receipt.Receipt));
        }

        // Voting again needs the receipt; a wrong one is refused; with the right one the vote changes.
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => g.CastVote(voters[0].Actor, pollId, [0, 1, 0], null));
        await AssertRefused(ErrorCodes.ReceiptInvalid, () => g.CastVote(voters[0].Actor, pollId, [0, 1, 0], "guessed"));
        await g.CastVote(voters[0].Actor, pollId, [0, 1, 0], receipts[0]);
        Assert.Equal([0, 1, 0], await g.GetBallot(voters[0].Actor, pollId, receipts[0]));
        Assert.Null(await g.GetBallot(voters[0].Actor, pollId, null));

        // While open: who voted, never what.
        var open = await PollOf(world, pollId);
        Assert.Null(open.Result);
        Assert.Equal(voters.Select(v => v.Entry.ParticipantId).Order(), open.VoterIds);

        await g.Execute(world.Facilitator, new ClosePoll(pollId));
        var closed = await PollOf(world, pollId);
        Assert.Equal([2L, 2, 2], closed.Result!.Options.Select(o => o.Count)); // 0,2,1,0,2,0 with the first changed to 1
        Assert.Empty(closed.Result.Named);

        // Storage: voters in id order, ballots in the order of their keys (hashes of receipts), no person in a ballot.
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var stored = new GrainState<MeetingPollsState>(new MeetingPollsState());
        await storage.ReadStateAsync("polls", fixture.Client.GetGrain<IMeetingPollsGrain>(world.Meeting.Id).GetGrainId(), stored);
        var poll = stored.State!.Polls.Single(p => p.Id == pollId);
        Assert.Equal(poll.Voters.Order(), poll.Voters);
        Assert.Equal(poll.Secret.Select(b => b.Key).Order(StringComparer.Ordinal), poll.Secret.Select(b => b.Key));
        Assert.Empty(poll.Named);
        var ids = voters.Select(v => v.Entry.ParticipantId.ToString("N").ToUpperInvariant()).ToList();
        Assert.DoesNotContain(poll.Secret, b => ids.Any(id => b.Key.Contains(id[..8], StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(poll.Secret, b => receipts.Contains(b.Key)); // keys are hashes, not the receipts
    }

    [Fact]
    public async Task A_hundred_voters_at_once_are_counted_exactly()
    {
        var dots = new PollDraft("Priority aktivit", PollKind.DotVoting, ["Poradna", "Odlehčovací služba", "Dobrovolníci", "Informace"],
            Secret: false, LiveResults: false, Dots: 3, StackDots: true);
        var (world, voters, pollId) = await OpenAsync(dots, 100);
        var ballots = voters.Select((_, i) => new[] { i % 4 == 0 ? 3 : 0, i % 4 == 1 ? 2 : 0, i % 4 == 2 ? 1 : 0, i % 4 == 3 ? 3 : 0 }).ToList();

        await Task.WhenAll(voters.Select((v, i) => world.Grain.CastVote(v.Actor, pollId, ballots[i], null)));
        // And half of them change their vote at once.
        await Task.WhenAll(voters.Where((_, i) => i % 2 == 0).Select(v => world.Grain.CastVote(v.Actor, pollId, [0, 0, 0, 1], null)));
        await world.Grain.Execute(world.Facilitator, new ClosePoll(pollId));

        var expected = ballots.Select((b, i) => i % 2 == 0 ? new[] { 0, 0, 0, 1 } : b).ToList();
        var result = (await PollOf(world, pollId)).Result!;
        Assert.Equal(100, result.Voted);
        Assert.Equal(Enumerable.Range(0, 4).Select(o => (long)expected.Sum(b => b[o])), result.Options.Select(o => o.Count));
    }
}
