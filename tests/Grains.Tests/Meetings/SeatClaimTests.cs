using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>One person, one seat: the same name on the same invite is asked about, and takes its seat back only when confirmed and free.</summary>
public sealed class SeatClaimTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private async Task<(MeetingWorld World, IInviteGrain Invite, RosterEntry Jana)> SharedInviteAsync()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var created = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var invite = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(created.Token));
        return (world, invite, (await invite.Redeem("Jana Nováková")).Entry);
    }

    private static async Task<int> RosterCount(MeetingWorld world) => (await world.Grain.GetSnapshot(world.Facilitator)).Roster.Count;

    [Fact]
    public async Task The_same_name_on_the_same_invite_is_asked_about_and_confirmed_takes_the_seat_back()
    {
        var (world, invite, jana) = await SharedInviteAsync();
        var before = await RosterCount(world);

        // Another browser, no ticket: accents, case and spacing aside it is the same name.
        await AssertRefused(ErrorCodes.ParticipantNameTaken, () => invite.Redeem("jana  NOVAKOVA"));
        Assert.Equal(before, await RosterCount(world));

        var back = (await invite.Redeem("jana  NOVAKOVA", held: null, confirmSeat: true)).Entry;

        Assert.Equal(jana.ParticipantId, back.ParticipantId);
        Assert.Equal("Jana Nováková", back.DisplayName);
        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal(before, snapshot.Roster.Count);
        var record = snapshot.Moderation.Last();
        Assert.Equal((ModerationAction.SeatReclaimed, jana.ParticipantId, "Jana Nováková"), (record.Action, record.ByParticipantId, record.ByName));
        Assert.Equal(1, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
    }

    [Fact]
    public async Task A_seat_connected_right_now_cannot_be_taken_by_its_name_even_when_confirmed()
    {
        var (world, invite, jana) = await SharedInviteAsync();
        await world.Grain.Connect(Actor.Participant(jana.ParticipantId, ""), "web-a", "jana-phone");
        var moderation = (await world.Grain.GetSnapshot(world.Facilitator)).Moderation.Count;

        await AssertRefused(ErrorCodes.ParticipantSeatInUse, () => invite.Redeem("Jana Nováková"));
        await AssertRefused(ErrorCodes.ParticipantSeatInUse, () => invite.Redeem("Jana Nováková", held: null, confirmSeat: true));
        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal((2, moderation), (snapshot.Roster.Count, snapshot.Moderation.Count));

        // Once that connection is gone the seat is free to be taken back.
        await world.Grain.Disconnect("web-a", "jana-phone");
        Assert.Equal(jana.ParticipantId, (await invite.Redeem("Jana Nováková", held: null, confirmSeat: true)).Entry.ParticipantId);
    }

    [Fact]
    public async Task Another_name_or_another_invite_is_another_seat_and_the_ticket_still_wins()
    {
        var (world, invite, jana) = await SharedInviteAsync();
        var other = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);

        var petr = (await invite.Redeem("Petr Dvořák")).Entry;
        var viaOther = (await fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(other.Token)).Redeem("Jana Nováková")).Entry;
        // Her own browser presents her ticket: straight back, whatever name it types, nothing to confirm.
        var withTicket = (await invite.Redeem("Jana N.", [new HeldSeat(world.Meeting.Id, jana.ParticipantId)])).Entry;

        Assert.NotEqual(jana.ParticipantId, petr.ParticipantId);
        Assert.NotEqual(jana.ParticipantId, viaOther.ParticipantId);
        Assert.Equal(jana.ParticipantId, withTicket.ParticipantId);
        // Confirming where no seat has the name is just joining.
        Assert.NotEqual(jana.ParticipantId, (await invite.Redeem("Eva Malá", held: null, confirmSeat: true)).Entry.ParticipantId);
    }

    [Fact]
    public async Task A_removed_person_is_refused_as_removed_not_offered_the_seat()
    {
        var (world, invite, jana) = await SharedInviteAsync();
        await world.Grain.Execute(world.Facilitator, new RemoveParticipant(jana.ParticipantId, RevokeInvite: false));

        await AssertRefused(ErrorCodes.ParticipantRemoved, () => invite.Redeem("Jana Nováková"));
        await AssertRefused(ErrorCodes.ParticipantRemoved, () => invite.Redeem("Jana Nováková", held: null, confirmSeat: true));
    }
}
