using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>
/// Observers are counted, not listed: a thousand people arriving to watch must not be a thousand roster and
/// presence events to each of them.
/// </summary>
public sealed class AudienceTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private const int Observers = 20;

    [Fact]
    public async Task Observers_arriving_and_leaving_are_a_few_audience_counts_not_an_event_each()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var recorder = new RecordingObserver();
        await world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(recorder), []);
        var start = await world.Grain.Connect(world.Facilitator, "web-a", "conn-f");
        await recorder.Next<RosterChanged>();
        await recorder.Next<PresenceChanged>();
        var (participant, participantEntry) = await world.AdmitAsync(MeetingRole.Participant, "Petr Malý");
        var observers = new List<(Actor Actor, RosterEntry Entry)>();
        for (var i = 0; i < Observers; i++)
        {
            observers.Add(await world.AdmitAsync(MeetingRole.Observer, $"Občan {i}"));
        }

        await Task.WhenAll(observers.Select((o, i) => world.Grain.Connect(o.Actor, "web-a", $"conn-o{i}")));
        await world.Grain.Connect(participant, "web-a", "conn-p");
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => world.Grain.Disconnect("web-a", $"conn-o{i}")));

        var events = new List<MeetingEvent>();
        while (events.OfType<AudienceChanged>().LastOrDefault()?.Watching != Observers - 5)
        {
            events.Add(await recorder.Events.Reader.ReadAsync().AsTask().WaitAsync(RecordingObserver.Timeout));
        }

        var observerIds = observers.Select(o => o.Entry.ParticipantId).ToHashSet();
        Assert.DoesNotContain(events, e => e is RosterChanged r && observerIds.Contains(r.Entry.ParticipantId));
        Assert.DoesNotContain(events, e => e is PresenceChanged p && observerIds.Contains(p.ParticipantId));
        Assert.Contains(events, e => e is RosterChanged r && r.Entry.ParticipantId == participantEntry.ParticipantId);
        Assert.Contains(events, e => e is PresenceChanged p && p.ParticipantId == participantEntry.ParticipantId && p.IsPresent);
        // 25 arrivals and departures of observers; the counts go out at most once a second, so far fewer.
        Assert.InRange(events.OfType<AudienceChanged>().Count(), 1, 5);
        Assert.Equal(Enumerable.Range((int)start.Seq + 1, events.Count).Select(s => (long)s), events.Select(e => e.Seq));

        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.Equal(Observers - 5, snapshot.Watching);
        Assert.DoesNotContain(snapshot.Roster, e => e.Role == MeetingRole.Observer);
        Assert.Equal(
            new[] { start.You.ParticipantId, participantEntry.ParticipantId }.Order(),
            snapshot.Present.Order());

        var audience = await world.Grain.GetAudience(world.Facilitator);
        Assert.Equal(observerIds.Order(), audience.Select(m => m.Entry.ParticipantId).Order());
        Assert.Equal(Observers - 5, audience.Count(m => m.Watching));
        Assert.False(audience.Single(m => m.Entry.ParticipantId == observers[0].Entry.ParticipantId).Watching);
    }

    [Fact]
    public async Task An_observer_sees_their_own_entry_and_the_count_but_not_the_other_observers()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await world.Grain.Connect(world.Facilitator, "web-a", "conn-f");
        var (anna, annaEntry) = await world.AdmitAsync(MeetingRole.Observer, "Anna");
        var (petr, _) = await world.AdmitAsync(MeetingRole.Observer, "Petr");
        await world.Grain.Connect(petr, "web-a", "conn-petr");

        var snapshot = await world.Grain.Connect(anna, "web-a", "conn-anna");

        Assert.Equal(annaEntry, snapshot.You);
        Assert.Equal([MeetingRole.Facilitator], snapshot.Roster.Select(e => e.Role));
        Assert.InRange(snapshot.Watching, 1, 2); // Petr for sure; Anna's own connection is counted with her.
        Assert.Equal(2, (await world.Grain.GetSnapshot(anna)).Watching);
    }

    [Fact]
    public async Task Only_facilitators_list_the_audience()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Anna");
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant, "Petr");

        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.GetAudience(observer));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.GetAudience(participant));
        await AssertRefused(ErrorCodes.Forbidden, () => world.Grain.GetAudience(NewOrganizer("Jiný")));
        Assert.Single(await world.Grain.GetAudience(world.Facilitator));
    }

    [Fact]
    public async Task Removing_an_observer_is_an_event_so_that_their_connections_close_and_they_learn_it()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var recorder = new RecordingObserver();
        await world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(recorder), []);
        var (_, entry) = await world.AdmitAsync(MeetingRole.Observer, "Troll");

        await world.Grain.Execute(world.Facilitator, new RemoveParticipant(entry.ParticipantId, RevokeInvite: true));

        var removed = await recorder.WaitFor<RosterChanged>(r => r.Entry.ParticipantId == entry.ParticipantId);
        Assert.True(removed.Entry.Removed);
        Assert.Empty(await world.Grain.GetAudience(world.Facilitator));
    }
}
