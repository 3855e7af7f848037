using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>Each role is refused every action above it, and nothing changes when it is.</summary>
public sealed class MeetingAuthorizationTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task The_facilitating_organizer_is_a_facilitator_and_another_organizer_is_nobody()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);

        var entry = await world.Grain.Authorize(world.Facilitator, MeetingRole.Facilitator);
        Assert.Equal(MeetingRole.Facilitator, entry.Role);
        Assert.Equal(world.Facilitator.AccountId, entry.AccountId);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Authorize(NewOrganizer("Jiný"), MeetingRole.Observer));
        var administrator = Actor.Organizer(Guid.NewGuid(), true, "Admin");
        Assert.Equal(MeetingRole.Facilitator, (await world.Grain.Authorize(administrator, MeetingRole.Facilitator)).Role);
    }

    [Theory]
    [InlineData(MeetingRole.Observer)]
    [InlineData(MeetingRole.Participant)]
    public async Task Roles_below_facilitator_cannot_moderate_and_change_nothing(MeetingRole role)
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (actor, _) = await world.AdmitAsync(role);
        var before = await world.Grain.GetSnapshot(world.Facilitator);
        var invitesBefore = await world.Grain.ListInvites(world.Facilitator);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.ChangePhase(actor, MeetingPhase.Live));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.SetPublicWatch(actor, true));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.CreateInvite(actor, MeetingRole.Observer, null));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.ListInvites(actor));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.RevokeInvite(actor, invitesBefore[0].InviteId));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Authorize(actor, MeetingRole.Facilitator));

        var after = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Details, after.Details);
        Assert.Equal(invitesBefore, await world.Grain.ListInvites(world.Facilitator));
    }

    [Fact]
    public async Task An_observer_is_refused_participant_actions()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Authorize(observer, MeetingRole.Participant));
        Assert.Equal(MeetingRole.Observer, (await world.Grain.Authorize(observer, MeetingRole.Observer)).Role);
    }

    [Fact]
    public async Task A_participant_of_one_meeting_is_nobody_in_another()
    {
        var first = await MeetingWorld.CreateAsync(fixture.Client);
        var second = await MeetingWorld.CreateAsync(fixture.Client);
        var (participant, _) = await first.AdmitAsync(MeetingRole.Participant);

        await AssertRefused(ErrorCodes.Forbidden, () => second.Grain.GetSnapshot(participant));
    }

    [Fact]
    public async Task Phases_only_move_forward_and_an_ended_meeting_takes_no_new_people()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);

        Assert.Equal(MeetingPhase.Live, (await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Live)).Phase);
        await AssertRefused(ErrorCodes.InvalidPhaseChange, () => world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Scheduled));
        await AssertRefused(ErrorCodes.InvalidValue, () => world.Grain.ChangePhase(world.Facilitator, (MeetingPhase)42));
        await world.Grain.ChangePhase(world.Facilitator, MeetingPhase.Ended);

        await AssertRefused(ErrorCodes.MeetingEnded, () => world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null));
        await AssertRefused(ErrorCodes.MeetingEnded, () => world.Grain.SetPublicWatch(world.Facilitator, true));
        await AssertRefused(ErrorCodes.MeetingEnded,
            () => fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem("Pozdní host"));
    }
}
