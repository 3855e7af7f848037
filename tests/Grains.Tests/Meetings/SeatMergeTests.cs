using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>The facilitator merges two seats of one person: one seat stays with what both did, by the rules of SeatMerging.</summary>
public sealed class SeatMergeTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly PollDraft Named = new("Stanovisko", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: false);
    private static readonly PollDraft Secret = Named with { Question = "Tajně", Secret = true };

    /// <summary>A live meeting with Jana twice (laptop, then phone under another name) and Petr, all connected.</summary>
    private async Task<(MeetingWorld World, Actor Laptop, Actor Phone, Actor Petr)> TwiceAsync()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Live);
        var (laptop, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana Nováková");
        var (phone, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana z telefonu");
        var (petr, _) = await world.AdmitAsync(MeetingRole.Participant, "Petr Dvořák");
        await world.Grain.Connect(laptop, "web-a", "laptop");
        await world.Grain.Connect(phone, "web-a", "phone");
        await world.Grain.Connect(petr, "web-a", "petr");
        return (world, laptop, phone, petr);
    }

    private static Guid Id(Actor actor) => actor.ParticipantId!.Value;

    private static async Task<Guid> OpenPollAsync(MeetingWorld world, PollDraft draft)
    {
        await world.Grain.Execute(world.Facilitator, new CreatePoll(draft));
        var poll = (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Last().Id;
        await world.Grain.Execute(world.Facilitator, new OpenPoll(poll));
        return poll;
    }

    [Fact]
    public async Task Merged_the_person_has_one_seat_that_both_tickets_and_connections_lead_to()
    {
        var (world, laptop, phone, petr) = await TwiceAsync();
        var observer = new RecordingObserver();
        await world.Grain.Subscribe("web-b", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);

        await world.Grain.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone)));

        var merged = await observer.WaitFor<SeatsMerged>(_ => true);
        Assert.Equal((Id(laptop), Id(phone), true), (merged.Kept.ParticipantId, merged.MergedId, merged.KeptPresent));
        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.DoesNotContain(snapshot.Roster, e => e.ParticipantId == Id(phone));
        Assert.Single(snapshot.Roster, e => e.DisplayName == "Jana Nováková");
        // Jana's two devices are one person present (and Petr); the facilitator is not connected.
        Assert.Equal(new[] { Id(laptop), Id(petr) }.Order(), snapshot.Present.Order());
        var record = snapshot.Moderation.Last();
        Assert.Equal((ModerationAction.SeatsMerged, "Jana Nováková", "Jana z telefonu"), (record.Action, record.TargetName, record.MergedName));

        // The phone's ticket is the laptop's seat now; its connection leaving keeps Jana present through the laptop.
        Assert.Equal(Id(laptop), (await world.Grain.Authorize(phone, MeetingRole.Participant)).ParticipantId);
        Assert.Equal(Id(laptop), (await world.Grain.Connect(phone, "web-a", "phone-again")).You.ParticipantId);
        await world.Grain.Disconnect("web-a", "phone");
        await world.Grain.Disconnect("web-a", "phone-again");
        Assert.Contains(Id(laptop), (await world.Grain.GetSnapshot(world.Facilitator)).Present);
    }

    [Fact]
    public async Task Hands_ballots_dots_and_proposals_of_the_merged_seat_go_to_the_kept_one_without_counting_twice()
    {
        var (world, laptop, phone, petr) = await TwiceAsync();
        var g = world.Grain;
        await g.Execute(phone, new RaiseHand());
        await g.Execute(petr, new RaiseHand());
        await g.Execute(laptop, new RaiseHand());
        var bothVoted = await OpenPollAsync(world, Named);
        await g.CastVote(laptop, bothVoted, [1, 0, 0], null);
        await g.CastVote(phone, bothVoted, [0, 1, 0], null);
        var phoneVoted = await OpenPollAsync(world, Named with { Question = "Jen telefon" });
        await g.CastVote(phone, phoneVoted, [0, 0, 1], null);
        var secretPhone = await OpenPollAsync(world, Secret);
        var receipt = (await g.CastVote(phone, secretPhone, [1, 0, 0], null)).Receipt;
        await g.Execute(phone, new AddProposal(null, "Sdílená databáze kapacit"));
        await g.Execute(world.Facilitator, new AddProposal(null, "Poradna"));
        await g.Execute(world.Facilitator, new StartPrioritisation(3));
        var proposals = (await g.GetSnapshot(world.Facilitator)).Board.Proposals;
        await g.Execute(laptop, new PlaceDots([new DotPlacement(proposals[0].Id, 1)]));
        await g.Execute(phone, new PlaceDots([new DotPlacement(proposals[1].Id, 3)]));

        await g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone)));

        var s = await g.GetSnapshot(world.Facilitator);
        // One hand, at the merged seat's earlier place.
        Assert.Equal([Id(laptop), Id(petr)], s.Speakers.Queue.Select(h => h.ParticipantId));
        var both = s.Polls.Single(p => p.Id == bothVoted);
        Assert.Equal([Id(laptop)], both.VoterIds);
        Assert.Equal([1, 0, 0], await g.GetBallot(laptop, bothVoted, null));
        Assert.Equal([Id(laptop)], s.Polls.Single(p => p.Id == phoneVoted).VoterIds);
        Assert.Equal([0, 0, 1], await g.GetBallot(laptop, phoneVoted, null));
        // The secret ballot is where it was; the kept seat has voted and changes it only with the receipt.
        Assert.Equal([Id(laptop)], s.Polls.Single(p => p.Id == secretPhone).VoterIds);
        await AssertRefused(ErrorCodes.PollAlreadyVoted, () => g.CastVote(laptop, secretPhone, [0, 1, 0], null));
        await g.CastVote(laptop, secretPhone, [0, 1, 0], receipt);
        Assert.Equal([Id(laptop)], s.Board.Proposals.Single(p => p.Text == "Sdílená databáze kapacit").AuthorIds);
        // The kept seat had placed dots: they stay, the merged seat's go (never more than one voter's dots).
        var board = await g.GetBoard(world.Facilitator);
        Assert.Equal([1, 0], board.Proposals.Select(p => p.Dots));
        Assert.Equal(1, board.Proposals.Sum(p => p.Voters));
    }

    [Fact]
    public async Task The_floor_passes_to_the_kept_seat_and_a_recusal_carries_over()
    {
        var (world, laptop, phone, _) = await TwiceAsync();
        var g = world.Grain;
        await g.Execute(world.Facilitator, new SetSpeakingLimit(120));
        await g.Execute(world.Facilitator, new GiveFloor(Id(phone)));
        await g.Execute(laptop, new RaiseHand());
        await g.Execute(world.Facilitator, new CreatePoll(Named));
        var poll = (await g.GetSnapshot(world.Facilitator)).Polls.Last().Id;
        await g.Execute(world.Facilitator, new RecuseVoter(poll, Id(phone), true));

        await g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone)));

        var s = await g.GetSnapshot(world.Facilitator);
        Assert.Equal(Id(laptop), s.Speakers.Floor!.ParticipantId);
        Assert.Empty(s.Speakers.Queue);
        Assert.Equal(Id(laptop), s.Timer!.SpeakerId);
        Assert.Equal([Id(laptop)], s.Polls.Single(p => p.Id == poll).Recused);
    }

    [Fact]
    public async Task Refused_merges_change_nothing()
    {
        var (world, laptop, phone, petr) = await TwiceAsync();
        var g = world.Grain;
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Host");
        var facilitatorSeat = (await g.GetSnapshot(world.Facilitator)).You.ParticipantId;
        var secret = await OpenPollAsync(world, Secret);
        await g.CastVote(laptop, secret, [1, 0, 0], null);
        await g.CastVote(petr, secret, [1, 0, 0], null);
        var before = await g.GetSnapshot(world.Facilitator);

        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(laptop, new MergeSeats(Id(laptop), Id(phone))));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(observer, new MergeSeats(Id(laptop), Id(phone))));
        await AssertRefused(ErrorCodes.MergeSameSeat, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(laptop))));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Guid.NewGuid())));
        await AssertRefused(ErrorCodes.MergeInvalid, () => g.Execute(world.Facilitator, new MergeSeats(facilitatorSeat, Id(phone))));
        await AssertRefused(ErrorCodes.MergeInvalid, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), facilitatorSeat)));
        await AssertRefused(ErrorCodes.MergeInvalid, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(observer))));
        // Two anonymous ballots of one person in an open secret poll: nothing can tell which to drop.
        await AssertRefused(ErrorCodes.MergeSecretBallots, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(petr))));

        var after = await g.GetSnapshot(world.Facilitator);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Roster, after.Roster);
        Assert.Equal(before.Present.Order(), after.Present.Order());
        await g.Execute(world.Facilitator, new RemoveParticipant(Id(phone), RevokeInvite: false));
        await AssertRefused(ErrorCodes.MergeInvalid, () => g.Execute(world.Facilitator, new MergeSeats(Id(laptop), Id(phone))));
    }

    [Fact]
    public async Task A_merged_seats_name_on_its_invite_and_a_later_merge_lead_to_the_one_kept_seat()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var created = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var invite = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(created.Token));
        var first = (await invite.Redeem("Jana")).Entry;
        var second = (await invite.Redeem("Jana N.")).Entry;
        var third = (await invite.Redeem("Jana Nováková")).Entry;

        await world.Grain.Execute(world.Facilitator, new MergeSeats(second.ParticipantId, first.ParticipantId));
        await world.Grain.Execute(world.Facilitator, new MergeSeats(third.ParticipantId, second.ParticipantId));

        Assert.Equal(third.ParticipantId, (await world.Grain.Authorize(Actor.Participant(first.ParticipantId, ""), MeetingRole.Participant)).ParticipantId);
        Assert.Equal(third.ParticipantId, (await invite.Redeem("jana", held: null, confirmSeat: true)).Entry.ParticipantId);
        Assert.Equal(third.ParticipantId, (await invite.Redeem("Jiné jméno", [new HeldSeat(world.Meeting.Id, first.ParticipantId)])).Entry.ParticipantId);
        Assert.Single((await world.Grain.GetSnapshot(world.Facilitator)).Roster, e => e.InviteId == created.Info.InviteId);
    }
}
