using CommunityPlanning.Meetings;

namespace CommunityPlanning.Tests.Meetings;

public sealed class MeetingPresenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 26, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_participant_arrives_with_the_first_connection_and_leaves_with_the_last()
    {
        var presence = new MeetingPresence();
        var anna = new Attendee(Guid.NewGuid(), IsObserver: false);

        Assert.True(presence.Add("web-1", "c1", anna, Now));
        Assert.False(presence.Add("web-2", "c2", anna, Now));
        Assert.Null(presence.Remove("web-1", "c1"));
        Assert.True(presence.IsPresent(anna.ParticipantId));
        Assert.Equal(anna, presence.Remove("web-2", "c2"));
        Assert.False(presence.IsPresent(anna.ParticipantId));
    }

    [Fact]
    public void Removing_an_unknown_connection_changes_nothing()
    {
        var presence = new MeetingPresence();
        var anna = new Attendee(Guid.NewGuid(), IsObserver: false);
        presence.Add("web-1", "c1", anna, Now);

        Assert.Null(presence.Remove("web-1", "other"));
        Assert.Null(presence.Remove("web-9", "c1"));
        Assert.True(presence.IsPresent(anna.ParticipantId));
    }

    [Fact]
    public void An_expired_server_takes_its_people_with_it_but_not_those_also_connected_elsewhere()
    {
        var presence = new MeetingPresence();
        var anna = new Attendee(Guid.NewGuid(), IsObserver: false);
        var petr = new Attendee(Guid.NewGuid(), IsObserver: false);
        presence.Add("web-1", "a1", anna, Now.AddSeconds(10));
        presence.Add("web-1", "p1", petr, Now.AddSeconds(10));
        presence.Add("web-2", "p2", petr, Now.AddSeconds(60));

        var expired = presence.ExpiredServers(Now.AddSeconds(30));
        Assert.Equal(["web-1"], expired);

        var left = presence.RemoveServer("web-1");
        Assert.Equal([anna], left);
        Assert.True(presence.IsPresent(petr.ParticipantId));
        Assert.Empty(presence.ExpiredServers(Now.AddSeconds(30)));
    }

    [Fact]
    public void Observers_are_counted_once_each_while_connected()
    {
        var presence = new MeetingPresence();
        var anna = new Attendee(Guid.NewGuid(), IsObserver: true);
        var petr = new Attendee(Guid.NewGuid(), IsObserver: true);
        var jana = new Attendee(Guid.NewGuid(), IsObserver: false);
        presence.Add("web-1", "a1", anna, Now);
        presence.Add("web-2", "a2", anna, Now);
        presence.Add("web-1", "p1", petr, Now);
        presence.Add("web-1", "j1", jana, Now);
        Assert.Equal(2, presence.Watching);

        presence.Remove("web-1", "a1");
        Assert.Equal(2, presence.Watching);
        presence.RemoveServer("web-1");
        Assert.Equal(1, presence.Watching);
        Assert.Equal(anna, presence.Remove("web-2", "a2"));
        Assert.Equal(0, presence.Watching);
    }

    [Fact]
    public void Merged_seats_connections_go_on_as_the_kept_seat_and_two_watching_observers_become_one()
    {
        var presence = new MeetingPresence();
        var laptop = new Attendee(Guid.NewGuid(), IsObserver: true);
        var phone = new Attendee(Guid.NewGuid(), IsObserver: true);
        presence.Add("web-1", "c1", laptop, Now);
        presence.Add("web-2", "c2", phone, Now);
        Assert.Equal(2, presence.Watching);

        Assert.True(presence.Move(phone.ParticipantId, laptop));

        Assert.Equal(1, presence.Watching);
        Assert.False(presence.IsPresent(phone.ParticipantId));
        Assert.Null(presence.Remove("web-1", "c1"));
        Assert.Equal(laptop, presence.Remove("web-2", "c2"));
        Assert.Equal(0, presence.Watching);
        Assert.False(presence.Move(phone.ParticipantId, laptop));
    }
}
