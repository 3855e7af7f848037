using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>The room screen: the ranking and the join card as focus, blanking apart from it, and who reads which code.</summary>
public sealed class RoomScreenTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IJoinCodeGrain Code(string code) => fixture.Client.GetGrain<IJoinCodeGrain>(JoinCodes.Hash(code));

    private async Task<(MeetingWorld World, RecordingObserver Observer)> LiveAsync()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        await Subscribe(world, observer);
        return (world, observer);
    }

    private Task Subscribe(MeetingWorld world, RecordingObserver observer) =>
        world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);

    [Fact]
    public async Task Blanking_keeps_what_is_shown_and_both_survive_reactivation()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        await g.Execute(world.Facilitator, new SetFocus(FocusKind.Ranking, null));
        await g.Execute(world.Facilitator, new BlankRoomScreen(true));

        var shown = await observer.WaitFor<FocusChanged>(e => e.Focus.Kind == FocusKind.Ranking);
        Assert.True((await observer.WaitFor<RoomScreenChanged>(e => e.Screen.Blanked)).Seq > shown.Seq);
        await fixture.Cluster.DeactivateAsync((IAddressable)g);

        var snapshot = await g.GetSnapshot(world.Facilitator);
        Assert.True(snapshot.RoomScreen.Blanked);
        Assert.Equal(FocusKind.Ranking, snapshot.Focus.Kind);
        await g.Execute(world.Facilitator, new BlankRoomScreen(false));
        snapshot = await g.GetSnapshot(world.Facilitator);
        Assert.False(snapshot.RoomScreen.Blanked);
        Assert.Equal(FocusKind.Ranking, snapshot.Focus.Kind);
    }

    [Fact]
    public async Task Only_facilitators_blank_the_screen_or_show_the_ranking_and_the_join_card()
    {
        var (world, _) = await LiveAsync();
        await world.Grain.SetPublicWatch(world.Facilitator, true);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var (watcher, _) = await world.AdmitAsync(MeetingRole.Observer, "Tomáš Veřejný");
        var before = await world.Grain.GetSnapshot(world.Facilitator);

        foreach (var actor in new[] { participant, watcher, NewOrganizer() })
        {
            await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Execute(actor, new BlankRoomScreen(true)));
            await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Execute(actor, new SetFocus(FocusKind.Ranking, null)));
            await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.Execute(actor, new SetFocus(FocusKind.JoinCard, null, JoinCardCodes.Both)));
        }

        var after = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal(before.Seq, after.Seq);
        Assert.False(after.RoomScreen.Blanked);
        Assert.Equal(before.Roster.Count, after.Roster.Count);
        Assert.Equal(FocusKind.None, after.Focus.Kind);
    }

    [Fact]
    public async Task Bad_room_screen_input_is_refused_and_changes_nothing()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        var before = await g.GetSnapshot(f);
        var invites = (await g.ListInvites(f)).Count;

        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new SetFocus(FocusKind.JoinCard, null)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new SetFocus(FocusKind.JoinCard, null, (JoinCardCodes)7)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new SetFocus(FocusKind.Ranking, null, JoinCardCodes.Public)));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new SetFocus(FocusKind.Ranking, Guid.NewGuid())));
        // The public code needs public watching; asked for both, nothing of the participants' part is made either.
        await AssertRefused(ErrorCodes.PublicWatchDisabled, () => g.Execute(f, new SetFocus(FocusKind.JoinCard, null, JoinCardCodes.Both)));

        var after = await g.GetSnapshot(f);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(invites, (await g.ListInvites(f)).Count);
        await g.ChangePhase(f, MeetingPhase.Ended);
        await AssertRefused(ErrorCodes.MeetingEnded, () => g.Execute(f, new BlankRoomScreen(true)));
    }

    [Fact]
    public async Task The_join_card_shows_the_public_code_to_everyone_and_the_participants_code_to_facilitators_only()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        await g.SetPublicWatch(world.Facilitator, true);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var (watcher, _) = await world.AdmitAsync(MeetingRole.Observer, "Tomáš Veřejný");
        // With nothing shown and no public code yet the card is empty.
        Assert.Equal(new JoinCard(null, null), await g.GetJoinCard(watcher));
        var earlier = (await g.ListInvites(world.Facilitator)).Select(i => i.InviteId).ToHashSet();

        await g.Execute(world.Facilitator, new SetFocus(FocusKind.JoinCard, null, JoinCardCodes.Both));
        var focus = await observer.WaitFor<FocusChanged>(e => e.Focus.Kind == FocusKind.JoinCard);
        Assert.Equal(JoinCardCodes.Both, focus.Focus.Codes);

        var card = await g.GetJoinCard(world.Facilitator);
        Assert.NotNull(card.PublicCode);
        Assert.NotNull(card.ParticipantsCode);
        Assert.Equal(MeetingRole.Observer, (await Code(card.PublicCode).Describe()).Role);
        Assert.Equal(MeetingRole.Participant, (await Code(card.ParticipantsCode).Describe()).Role);
        // The room invite is listed (and revocable) with the others.
        var room = (await g.ListInvites(world.Facilitator)).Single(i => !earlier.Contains(i.InviteId));
        Assert.Equal(MeetingRole.Participant, room.Role);
        Assert.Null(room.ExpiresAt);
        foreach (var other in new[] { participant, watcher })
        {
            Assert.Equal(new JoinCard(card.PublicCode, null), await g.GetJoinCard(other));
        }

        // After the grain moves the public code is the same, the participants' code a new one of the same invite.
        await fixture.Cluster.DeactivateAsync((IAddressable)g);
        var again = await g.GetJoinCard(world.Facilitator);
        Assert.Equal(card.PublicCode, again.PublicCode);
        Assert.NotNull(again.ParticipantsCode);
        Assert.Equal(MeetingRole.Participant, (await Code(again.ParticipantsCode).Redeem("Karel z místnosti")).Entry.Role);

        // A new public code reaches the screens (as a roomScreenChanged); switched off, public watching takes the public code off the card.
        await Subscribe(world, observer);
        var issued = await g.IssuePublicCode(world.Facilitator);
        await observer.WaitFor<RoomScreenChanged>(_ => true);
        Assert.Equal(issued, (await g.GetJoinCard(watcher)).PublicCode);
        await g.SetPublicWatch(world.Facilitator, false);
        Assert.Null((await g.GetJoinCard(world.Facilitator)).PublicCode);

        // Revoking the room invite ends its code and takes it off the card.
        await g.RevokeInvite(world.Facilitator, room.InviteId);
        Assert.Null((await g.GetJoinCard(world.Facilitator)).ParticipantsCode);
        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(again.ParticipantsCode).Describe());
    }

    [Fact]
    public async Task With_nothing_shown_the_card_carries_the_public_code_and_never_the_participants_code()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        await g.SetPublicWatch(world.Facilitator, true);
        var code = await g.IssuePublicCode(world.Facilitator);
        Assert.Equal(new JoinCard(code, null), await g.GetJoinCard(world.Facilitator));

        await g.Execute(world.Facilitator, new SetFocus(FocusKind.JoinCard, null, JoinCardCodes.Participants));
        Assert.Null((await g.GetJoinCard(world.Facilitator)).PublicCode);
        await g.Execute(world.Facilitator, new SetFocus(FocusKind.None, null));
        Assert.Equal(new JoinCard(code, null), await g.GetJoinCard(world.Facilitator));
        await g.Execute(world.Facilitator, new SetFocus(FocusKind.Ranking, null));
        Assert.Equal(new JoinCard(null, null), await g.GetJoinCard(world.Facilitator));
    }
}
