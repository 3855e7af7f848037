using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

public sealed class InviteTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_redeemed_invite_admits_a_roster_entry_with_the_invite_role()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (_, entry) = await world.AdmitAsync(MeetingRole.Participant, "  Jana Nováková ");

        Assert.Equal("Jana Nováková", entry.DisplayName);
        Assert.Equal(MeetingRole.Participant, entry.Role);
        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Contains(snapshot.Roster, e => e.ParticipantId == entry.ParticipantId);
        Assert.Equal(1, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
    }

    [Fact]
    public async Task Tokens_are_long_random_and_stored_only_as_hashes()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var a = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);
        var b = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);

        Assert.True(InviteTokens.IsWellFormed(a.Token));
        Assert.NotEqual(a.Token, b.Token);
        Assert.Equal(64, InviteTokens.Hash(a.Token).Length);
        // The listing carries no token, and the grain's key is the hash, not the token.
        Assert.DoesNotContain(a.Token, string.Join("|", await world.Grain.ListInvites(world.Facilitator)));
        await AssertRefused(ErrorCodes.InviteInvalid, () => fixture.Client.GetGrain<IInviteGrain>(a.Token).Redeem("X"));
    }

    [Fact]
    public async Task A_revoked_invite_is_refused_and_admits_nobody()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        await world.Grain.RevokeInvite(world.Facilitator, invite.Info.InviteId);
        var rosterBefore = (await world.Grain.GetSnapshot(world.Facilitator)).Roster.Count;

        await AssertRefused(ErrorCodes.InviteRevoked,
            () => fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem("Jana"));
        Assert.Equal(rosterBefore, (await world.Grain.GetSnapshot(world.Facilitator)).Roster.Count);
    }

    [Fact]
    public async Task An_expired_invite_is_refused_and_an_expiry_in_the_past_cannot_be_set()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await AssertRefused(ErrorCodes.InvalidValue,
            () => world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, fixture.Clock.GetUtcNow().AddMinutes(-1)));

        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, fixture.Clock.GetUtcNow().AddHours(1));
        var redeem = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        Assert.Equal(MeetingRole.Participant, (await redeem.Redeem("Včasná")).Entry.Role);

        fixture.Clock.Advance(TimeSpan.FromHours(2));
        await AssertRefused(ErrorCodes.InviteExpired, () => redeem.Redeem("Pozdní"));
    }

    [Fact]
    public async Task When_an_invite_expires_the_people_it_admitted_can_no_longer_act_and_their_entries_say_so()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, fixture.Clock.GetUtcNow().AddHours(1));
        var admission = await fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem("Jana");
        var jana = Actor.Participant(admission.Entry.ParticipantId, "Jana");
        await world.Grain.Execute(jana, new RaiseHand());

        fixture.Clock.Advance(TimeSpan.FromHours(2));

        await AssertRefused(ErrorCodes.InviteExpired, () => world.Grain.Execute(jana, new LowerHand(null)));
        await AssertRefused(ErrorCodes.InviteExpired, () => world.Grain.GetSnapshot(jana));
        await AssertRefused(ErrorCodes.InviteExpired, () => world.Roster.AuthorizeContribution(jana));
    }

    [Fact]
    public async Task A_revoked_invite_ends_the_access_of_everyone_it_admitted()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var redeem = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        var jana = (await redeem.Redeem("Jana")).Entry;
        var petr = (await redeem.Redeem("Petr")).Entry;

        await world.Grain.RevokeInvite(world.Facilitator, invite.Info.InviteId);

        var roster = (await world.Grain.GetSnapshot(world.Facilitator)).Roster;
        Assert.All(roster.Where(e => e.ParticipantId == jana.ParticipantId || e.ParticipantId == petr.ParticipantId), e => Assert.True(e.AccessEnded));
        await AssertRefused(ErrorCodes.InviteRevoked, () => world.Grain.Execute(Actor.Participant(petr.ParticipantId, "Petr"), new RaiseHand()));
    }

    [Theory]
    [InlineData("   ", ErrorCodes.Required)]
    [InlineData("Jana\u0007", ErrorCodes.ControlCharacters)]
    [InlineData("Jana\nNováková", ErrorCodes.ControlCharacters)]
    public async Task Bad_display_names_are_refused_and_admit_nobody(string name, string code)
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);

        await AssertRefused(code, () => fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem(name));
        Assert.Single((await world.Grain.GetSnapshot(world.Facilitator)).Roster);
        Assert.Equal(0, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
    }

    [Fact]
    public async Task Public_watching_admits_observers_only_when_switched_on()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await AssertRefused(ErrorCodes.PublicWatchDisabled, () => world.Roster.AdmitPublicObserver("Občan"));

        await world.Grain.SetPublicWatch(world.Facilitator, true);
        var entry = await world.Roster.AdmitPublicObserver("Občan");
        Assert.Equal(MeetingRole.Observer, entry.Role);
    }
}
