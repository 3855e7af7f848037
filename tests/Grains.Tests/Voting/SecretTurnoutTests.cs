using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Tests.Voting;

/// <summary>
/// The minimum turnout of a secret poll (default 3): below it a result would reveal the few ballots, so the close
/// needs the facilitator's choice, withhold or publish on the record.
/// </summary>
public sealed class SecretTurnoutTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    internal static readonly PollDraft Secret = new("Tajné hlasování: kterou službu podpořit?", PollKind.SingleChoice,
        ["Odlehčovací služba", "Poradna"], Secret: true, LiveResults: false);

    /// <summary>A meeting with <paramref name="people"/> participants present, a poll open, and <paramref name="ballots"/> of them voted (alternating options).</summary>
    internal static async Task<(MeetingWorld World, Guid PollId, List<string?> Receipts)> OpenAsync(IClusterClient client, PollDraft draft, int people, int ballots)
    {
        var world = await MeetingWorld.CreateAsync(client);
        var receipts = new List<string?>();
        var voters = new List<Actor>();
        for (var i = 0; i < people; i++)
        {
            var (actor, _) = await world.AdmitAsync(MeetingRole.Participant, $"Člen {i + 1}");
            await world.Grain.Connect(actor, "web-a", $"conn-{i}");
            voters.Add(actor);
        }

        await world.Grain.Execute(world.Facilitator, new CreatePoll(draft));
        var pollId = (await world.Grain.GetSnapshot(world.Facilitator)).Polls[^1].Id;
        await world.Grain.Execute(world.Facilitator, new OpenPoll(pollId));
        for (var i = 0; i < ballots; i++)
        {
            receipts.Add((await world.Grain.CastVote(voters[i], pollId, i % 2 == 0 ? [1, 0] : [0, 1], null)).Receipt);
        }

        return (world, pollId, receipts);
    }

    private Task<(MeetingWorld World, Guid PollId, List<string?> Receipts)> OpenAsync(PollDraft draft, int people, int ballots) =>
        OpenAsync(fixture.Client, draft, people, ballots);

    private static async Task<PollView> PollOf(MeetingWorld world, Guid pollId) =>
        (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single(p => p.Id == pollId);

    private async Task<PollState> StoredPoll(MeetingWorld world, Guid pollId)
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(GrainStorage.Name);
        var stored = new GrainState<MeetingPollsState>(new MeetingPollsState());
        await storage.ReadStateAsync("polls", fixture.Client.GetGrain<IMeetingPollsGrain>(world.Meeting.Id).GetGrainId(), stored);
        return stored.State!.Polls.Single(p => p.Id == pollId);
    }

    [Fact]
    public async Task Closing_a_secret_poll_below_the_minimum_without_a_choice_is_refused_and_changes_nothing()
    {
        var (world, pollId, _) = await OpenAsync(Secret, 3, 2);
        var g = world.Grain;
        var before = await g.GetSnapshot(world.Facilitator);
        Assert.Equal(3, before.Polls.Single(p => p.Id == pollId).MinimumTurnout);

        var refused = await Assert.ThrowsAsync<DomainException>(() => g.Execute(world.Facilitator, new ClosePoll(pollId)));
        Assert.Equal(ErrorCodes.PollTurnoutTooLow, refused.Code);

        var after = await g.GetSnapshot(world.Facilitator);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Moderation, after.Moderation);
        var poll = after.Polls.Single(p => p.Id == pollId);
        Assert.Equal(PollPhase.Open, poll.Phase);
        Assert.Null(poll.ClosedAt);
        Assert.Null(poll.Result);
        Assert.Null(poll.LowTurnout);
        var stored = await StoredPoll(world, pollId);
        Assert.Equal((PollPhase.Open, 2), (stored.Phase, stored.Secret.Count));
    }

    [Fact]
    public async Task At_the_minimum_a_secret_poll_closes_as_before_and_a_choice_changes_nothing()
    {
        var (world, pollId, _) = await OpenAsync(Secret, 3, 3);
        await world.Grain.Execute(world.Facilitator, new ClosePoll(pollId, LowTurnoutChoice.Withhold));

        var poll = await PollOf(world, pollId);
        Assert.Equal(PollPhase.Closed, poll.Phase);
        Assert.Equal([2L, 1], poll.Result!.Options.Select(o => o.Count));
        Assert.Null(poll.LowTurnout);
        Assert.DoesNotContain((await world.Grain.GetSnapshot(world.Facilitator)).Moderation, r => r.TargetId == pollId);
    }

    [Fact]
    public async Task A_named_poll_with_one_ballot_closes_as_before()
    {
        var (world, pollId, _) = await OpenAsync(Secret with { Secret = false }, 3, 1);
        Assert.Null((await PollOf(world, pollId)).MinimumTurnout);
        await world.Grain.Execute(world.Facilitator, new ClosePoll(pollId));

        var poll = await PollOf(world, pollId);
        Assert.Equal([1L, 0], poll.Result!.Options.Select(o => o.Count));
        Assert.Null(poll.LowTurnout);
    }

    [Fact]
    public async Task Withholding_closes_without_counts_in_the_view_event_snapshot_or_storage_and_the_minutes_say_so()
    {
        var (world, pollId, receipts) = await OpenAsync(Secret, 3, 1);
        var g = world.Grain;
        var observer = new RecordingObserver();
        await g.Subscribe("web-b", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);

        await g.Execute(world.Facilitator, new ClosePoll(pollId, LowTurnoutChoice.Withhold));

        var changed = await observer.WaitFor<PollChanged>(e => e.Poll.Id == pollId);
        var recorded = await observer.WaitFor<ModerationRecorded>(_ => true);
        var snapshot = await g.GetSnapshot(world.Facilitator);
        var poll = snapshot.Polls.Single(p => p.Id == pollId);
        foreach (var view in new[] { changed.Poll, poll })
        {
            Assert.Equal(PollPhase.Closed, view.Phase);
            Assert.Null(view.Result);
            var low = view.LowTurnout!;
            Assert.Equal((LowTurnoutChoice.Withhold, 1, 3), (low.Choice, low.Ballots, low.Minimum));
            Assert.Equal(view.ClosedAt, low.At);
        }

        // Who decided is on the record, the poll as its target.
        Assert.Equal(ModerationAction.PollResultWithheld, recorded.Record.Action);
        Assert.Equal((pollId, Secret.Question), (recorded.Record.TargetId, recorded.Record.TargetName));
        Assert.Equal(recorded.Record, snapshot.Moderation[^1]);
        Assert.Equal(snapshot.You.ParticipantId, poll.LowTurnout!.ByParticipantId);
        Assert.Equal(snapshot.You.DisplayName, poll.LowTurnout.ByName);

        // The ballot is gone, so nobody can count it later; not even its receipt finds it.
        var stored = await StoredPoll(world, pollId);
        Assert.Empty(stored.Secret);
        Assert.Null(stored.Result);
        Assert.Null(await g.GetBallot(world.Facilitator, pollId, receipts[0]));

        var minutes = (await g.GetMinutes(world.Facilitator, null)).Content;
        var inMinutes = Assert.Single(minutes.OtherPolls);
        Assert.Null(inMinutes.Result);
        Assert.Equal(LowTurnoutChoice.Withhold, inMinutes.LowTurnout!.Choice);
    }

    [Fact]
    public async Task Publishing_below_the_minimum_is_recorded_with_who_confirmed_and_when()
    {
        var (world, pollId, _) = await OpenAsync(Secret, 3, 2);
        var g = world.Grain;
        await g.Execute(world.Facilitator, new ClosePoll(pollId, LowTurnoutChoice.Publish));

        var snapshot = await g.GetSnapshot(world.Facilitator);
        var poll = snapshot.Polls.Single(p => p.Id == pollId);
        Assert.Equal([1L, 1], poll.Result!.Options.Select(o => o.Count));
        var low = poll.LowTurnout!;
        Assert.Equal((LowTurnoutChoice.Publish, 2, 3), (low.Choice, low.Ballots, low.Minimum));
        Assert.Equal((snapshot.You.ParticipantId, snapshot.You.DisplayName, poll.ClosedAt), (low.ByParticipantId, low.ByName, (DateTimeOffset?)low.At));
        var record = snapshot.Moderation[^1];
        Assert.Equal(new ModerationRecord(low.At, low.ByParticipantId, low.ByName, ModerationAction.PollResultPublishedBelowMinimum, pollId, Secret.Question), record);

        var inMinutes = Assert.Single((await g.GetMinutes(world.Facilitator, null)).Content.OtherPolls);
        Assert.Equal(low, inMinutes.LowTurnout);
        Assert.NotNull(inMinutes.Result);
    }

    [Fact]
    public async Task An_unknown_choice_is_refused()
    {
        var (world, pollId, _) = await OpenAsync(Secret, 1, 1);
        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Grain.Execute(world.Facilitator, new ClosePoll(pollId, (LowTurnoutChoice)7)));
        Assert.Equal(ErrorCodes.InvalidValue, refused.Code);
        Assert.Equal(PollPhase.Open, (await PollOf(world, pollId)).Phase);
    }
}
