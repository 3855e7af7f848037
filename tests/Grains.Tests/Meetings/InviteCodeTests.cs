using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>Join codes: six characters per invite and for the public link, stored hashed, living as long as what they open.</summary>
public sealed class InviteCodeTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private IJoinCodeGrain Code(string typed) => fixture.Client.GetGrain<IJoinCodeGrain>(JoinCodes.Hash(JoinCodes.Normalize(typed)!));

    [Fact]
    public async Task Each_invite_gets_a_short_code_without_ambiguous_characters_kept_only_as_a_hash()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var a = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var b = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);

        Assert.NotNull(a.Code);
        Assert.Equal(6, a.Code.Length);
        Assert.NotEqual(a.Code, b.Code);
        Assert.DoesNotContain(a.Code, c => "0O1IL".Contains(c));
        Assert.DoesNotContain(a.Code, string.Join("|", await world.Grain.ListInvites(world.Facilitator)));
        // The grain's key is the hash: the code itself opens nothing.
        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => fixture.Client.GetGrain<IJoinCodeGrain>(a.Code).Describe());
        Assert.Equal(MeetingRole.Observer, (await Code(b.Code!).Describe()).Role);
    }

    [Fact]
    public async Task A_code_is_read_case_spaces_and_hyphens_aside_and_admits_with_its_invite_role()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var typed = $" {invite.Code![..3].ToLowerInvariant()} - {invite.Code[3..]} ";

        var preview = await Code(typed).Describe();
        Assert.Equal((world.Meeting.Title, world.Meeting.StartsAt, world.GroupId, MeetingRole.Participant),
            (preview.Title, preview.StartsAt, preview.WorkingGroupId, preview.Role));
        var admission = await Code(typed).Redeem("Jana Nováková");
        Assert.Equal((world.Meeting.Id, MeetingRole.Participant), (admission.MeetingId, admission.Entry.Role));
        Assert.Equal(1, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
        Assert.Null(JoinCodes.Normalize("ABC12"));
        Assert.Null(JoinCodes.Normalize("ABCDE0"));
    }

    [Fact]
    public async Task A_code_ends_with_its_invite_revoked_or_expired_and_says_only_that_it_is_invalid()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var revoked = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);
        var expiring = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, fixture.Clock.GetUtcNow().AddHours(1));
        await world.Grain.RevokeInvite(world.Facilitator, revoked.Info.InviteId);
        Assert.Equal(MeetingRole.Participant, (await Code(expiring.Code!).Describe()).Role);
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        var rosterBefore = (await world.Grain.GetSnapshot(world.Facilitator)).Roster.Count;

        foreach (var code in new[] { revoked.Code!, expiring.Code! })
        {
            await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(code).Describe());
            await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(code).Redeem("Pozdní"));
        }

        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code("ZZZ-ZZZ").Redeem("Hádající"));
        Assert.Equal(rosterBefore, (await world.Grain.GetSnapshot(world.Facilitator)).Roster.Count);
    }

    [Fact]
    public async Task The_public_code_admits_observers_while_public_watching_is_on_and_ends_when_it_is_switched_off()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await AssertRefused(ErrorCodes.PublicWatchDisabled, () => world.Grain.IssuePublicCode(world.Facilitator));
        await world.Grain.SetPublicWatch(world.Facilitator, true);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.IssuePublicCode(participant));

        var first = await world.Grain.IssuePublicCode(world.Facilitator);
        Assert.Equal(MeetingRole.Observer, (await Code(first).Redeem("Občan")).Entry.Role);
        var second = await world.Grain.IssuePublicCode(world.Facilitator);
        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(first).Describe());
        Assert.Equal(MeetingRole.Observer, (await Code(second).Describe()).Role);

        await world.Grain.SetPublicWatch(world.Facilitator, false);
        await world.Grain.SetPublicWatch(world.Facilitator, true);
        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(second).Describe());
        await AssertRefused(ErrorCodes.JoinCodeInvalid, () => Code(second).Redeem("Občanka"));
    }

    [Fact]
    public async Task A_code_once_issued_is_never_issued_again()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Participant, null);

        await AssertRefused(ErrorCodes.AlreadyExists, () => Code(invite.Code!).Register(new JoinCodeTarget(Guid.NewGuid(), null)));
        Assert.Equal(world.Meeting.Title, (await Code(invite.Code!).Describe()).Title);
    }
}
