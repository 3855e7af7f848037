using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>The roster grain's own rules: one organizer seat however many ask at once, merges answered again, only the meeting's documents.</summary>
public sealed class RosterTests(CountingClusterFixture fixture) : IClassFixture<CountingClusterFixture>
{
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
