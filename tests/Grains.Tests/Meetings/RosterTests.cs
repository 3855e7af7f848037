using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>The roster grain's own rules: admissions stored together, one organizer seat however many ask at once, merges answered again.</summary>
public sealed class RosterTests(CountingClusterFixture fixture) : IClassFixture<CountingClusterFixture>
{
    [Fact]
    public async Task Admissions_arriving_together_are_stored_in_fewer_writes_and_none_is_lost()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);
        var redeem = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        var before = fixture.Writes.Totals(typeof(MeetingPeopleState));

        var admitted = await Task.WhenAll(Enumerable.Range(1, 60).Select(i => redeem.Redeem($"Občan {i}")));

        var writes = fixture.Writes.Totals(typeof(MeetingPeopleState)).Writes - before.Writes;
        Assert.InRange(writes, 1, admitted.Length - 1);
        Assert.Equal(60, admitted.Select(a => a.Entry.ParticipantId).Distinct().Count());

        // Every acknowledged admission was stored: the roster read back from storage holds them all, and the invite's count.
        await fixture.Cluster.DeactivateAsync((IAddressable)world.Roster);
        var audience = await world.Grain.GetAudience(world.Facilitator);
        Assert.Equal(admitted.Select(a => a.Entry.ParticipantId).Order(), audience.Select(a => a.Entry.ParticipantId).Order());
        Assert.Equal(60, (await world.Grain.ListInvites(world.Facilitator)).Single().Uses);
    }

    [Fact]
    public async Task An_administrator_asking_many_times_at_once_gets_one_seat()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var administrator = Actor.Organizer(Guid.NewGuid(), true, "Marta Správcová");

        var seats = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => world.Roster.Authorize(administrator, MeetingRole.Facilitator)));

        Assert.Single(seats.Select(s => s.ParticipantId).Distinct());
        var roster = (await world.Grain.GetSnapshot(world.Facilitator)).Roster;
        Assert.Single(roster, e => e.AccountId == administrator.AccountId);
    }

    [Fact]
    public async Task A_merge_asked_again_answers_as_the_first_time_and_changes_nothing()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (laptop, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana Nováková");
        var (phone, _) = await world.AdmitAsync(MeetingRole.Participant, "Jana z telefonu");
        var (keptId, mergedId) = (laptop.ParticipantId!.Value, phone.ParticipantId!.Value);

        var first = await world.Roster.MergeSeats(keptId, mergedId);
        var writes = fixture.Writes.Totals(typeof(MeetingPeopleState));
        var again = await world.Roster.MergeSeats(keptId, mergedId);

        Assert.Equal(first, again);
        Assert.Equal(writes, fixture.Writes.Totals(typeof(MeetingPeopleState)));
        Assert.Equal("Jana z telefonu", again.MergedName);
        await AssertRefused(ErrorCodes.NotFound, () => world.Roster.MergeSeats(mergedId, keptId));
    }

    [Fact]
    public async Task A_document_the_meeting_does_not_use_is_refused_by_the_roster()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);

        await AssertRefused(ErrorCodes.Forbidden, () => world.Roster.AuthorizeDocument(world.Facilitator, Guid.NewGuid(), DocumentAccess.Read));
    }
}
