using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>Events reach subscribed web servers numbered without gaps, after the state they describe is stored.</summary>
public sealed class MeetingEventTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Presence_and_roster_events_are_numbered_without_gaps()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IMeetingObserver>(observer);
        await world.Grain.Subscribe("web-a", reference, []);

        var start = await world.Grain.Connect(world.Facilitator, "web-a", "conn-f");
        var facilitatorJoined = await observer.Next<RosterChanged>();
        var facilitatorPresent = await observer.Next<PresenceChanged>();
        Assert.Equal(start.Seq - 1, facilitatorJoined.Seq);
        Assert.Equal(start.Seq, facilitatorPresent.Seq);
        Assert.True(facilitatorPresent.IsPresent);
        Assert.Contains(start.You.ParticipantId, start.Present);

        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant);
        Assert.Equal(start.Seq + 1, (await observer.Next<RosterChanged>()).Seq);
        await world.Grain.Connect(participant, "web-b", "conn-p");
        var arrived = await observer.Next<PresenceChanged>();
        Assert.Equal((start.Seq + 2, entry.ParticipantId, true), (arrived.Seq, arrived.ParticipantId, arrived.IsPresent));

        await world.Grain.Disconnect("web-b", "conn-p");
        var left = await observer.Next<PresenceChanged>();
        Assert.Equal((start.Seq + 3, entry.ParticipantId, false), (left.Seq, left.ParticipantId, left.IsPresent));
    }

    [Fact]
    public async Task A_burst_of_events_reaches_a_web_server_in_order()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IMeetingObserver>(observer);
        await world.Grain.Subscribe("web-a", reference, []);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var first = (await observer.Next<RosterChanged>()).Seq;

        // Calls that do not wait for each other: each one publishes as soon as it has run.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => i % 2 == 0
            ? world.Grain.Connect(participant, "web-b", $"conn-{i}")
            : world.Grain.Disconnect("web-b", $"conn-{i - 1}")));

        var last = (await world.Grain.GetSnapshot(world.Facilitator)).Seq;
        var seqs = new List<long>();
        while (seqs.Count == 0 || seqs[^1] < last)
        {
            seqs.Add((await observer.Events.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).Seq);
        }

        Assert.Equal(Enumerable.Range((int)first + 1, seqs.Count).Select(s => (long)s), seqs);
    }

    [Fact]
    public async Task A_web_server_that_lists_fewer_connections_on_renewal_takes_those_people_out()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        var reference = fixture.Client.CreateObjectReference<IMeetingObserver>(observer);
        await world.Grain.Subscribe("web-a", reference, []);
        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant);
        await world.Grain.Connect(participant, "web-a", "conn-p");

        await world.Grain.Subscribe("web-a", reference, []);

        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        Assert.DoesNotContain(entry.ParticipantId, snapshot.Present);
    }

    [Fact]
    public async Task An_unsubscribed_web_server_takes_its_people_out()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant);
        await world.Grain.Connect(participant, "web-gone", "conn-p");
        Assert.Contains(entry.ParticipantId, (await world.Grain.GetSnapshot(world.Facilitator)).Present);

        await world.Grain.Unsubscribe("web-gone");

        Assert.DoesNotContain(entry.ParticipantId, (await world.Grain.GetSnapshot(world.Facilitator)).Present);
    }
}
