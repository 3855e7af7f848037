using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>
/// What the meeting writes: nothing for presence, one reservation per activation for the event numbers, only the roster
/// for an admission and the flow (not the roster) for a facilitator's action; a poll command or a vote only the ballot
/// box, a board command only the board; moderation the roster and the log.
/// </summary>
public sealed class MeetingStorageTests(CountingClusterFixture fixture) : IClassFixture<CountingClusterFixture>
{
    [Fact]
    public async Task Arrivals_and_departures_write_nothing()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        await world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant, "Petr Novák");
        var (watcher, _) = await world.AdmitAsync(MeetingRole.Observer, "Eva Malá");
        await world.Grain.Connect(world.Facilitator, "web-a", "conn-f");
        await world.Grain.Connect(participant, "web-a", "warm-up");
        await world.Grain.Disconnect("web-a", "warm-up");
        await observer.WaitFor<PresenceChanged>(e => !e.IsPresent);

        var before = fixture.Writes.Totals();
        await world.Grain.Connect(participant, "web-a", "conn-p");
        await world.Grain.Connect(watcher, "web-a", "conn-w");
        await observer.WaitFor<PresenceChanged>(e => e.IsPresent);
        await observer.WaitFor<AudienceChanged>(e => e.Watching == 1);
        await world.Grain.Disconnect("web-a", "conn-p");
        await world.Grain.Disconnect("web-a", "conn-w");
        await observer.WaitFor<PresenceChanged>(e => !e.IsPresent);
        await observer.WaitFor<AudienceChanged>(e => e.Watching == 0);

        Assert.Equal(before, fixture.Writes.Totals());
    }

    [Fact]
    public async Task Event_numbers_go_on_after_a_deactivation_without_a_write_per_event()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var agendaItem = new AgendaItemDraft("Zahájení", null, 10, AgendaItemKind.Discussion);
        var first = await world.Grain.Execute(world.Facilitator, new AddAgendaItem(agendaItem, null));

        var before = fixture.Writes.Totals(typeof(MeetingFeedState));
        var last = first;
        for (var i = 0; i < 20; i++)
        {
            last = await world.Grain.Execute(world.Facilitator, new StartTimer(60 + i, null));
        }

        Assert.Equal(first + 20, last);
        Assert.Equal(before, fixture.Writes.Totals(typeof(MeetingFeedState)));

        await fixture.Cluster.DeactivateAsync((IAddressable)world.Grain);
        await fixture.Cluster.DeactivateAsync((IAddressable)fixture.Client.GetGrain<IMeetingFeedGrain>(world.Meeting.Id));
        var snapshot = await world.Grain.GetSnapshot(world.Facilitator);
        var next = await world.Grain.Execute(world.Facilitator, new StartTimer(30, null));

        Assert.True(snapshot.Seq > last, "numbers never repeat after a restart");
        Assert.Equal(snapshot.Seq + 1, next);
        Assert.Equal(1, fixture.Writes.Totals(typeof(MeetingFeedState)).Writes - before.Writes);
    }

    [Fact]
    public async Task An_admission_writes_only_the_roster_and_a_facilitator_action_not_the_roster()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await world.AdmitAsync(MeetingRole.Participant, "Petr Novák");
        var invite = await world.Grain.CreateInvite(world.Facilitator, MeetingRole.Observer, null);
        var (people, all) = (fixture.Writes.Totals(typeof(MeetingPeopleState)), fixture.Writes.Totals());

        await fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token)).Redeem("Eva Malá");

        Assert.Equal(people.Writes + 1, fixture.Writes.Totals(typeof(MeetingPeopleState)).Writes);
        Assert.Equal(all.Writes + 1, fixture.Writes.Totals().Writes); // nothing else: not the flow, the log or the feed

        var flow = fixture.Writes.Totals(typeof(MeetingState));
        people = fixture.Writes.Totals(typeof(MeetingPeopleState));
        await world.Grain.Execute(world.Facilitator, new StartTimer(60, null));

        Assert.Equal(people, fixture.Writes.Totals(typeof(MeetingPeopleState)));
        Assert.Equal(flow.Writes + 1, fixture.Writes.Totals(typeof(MeetingState)).Writes);
    }

    [Fact]
    public async Task Moderating_a_person_writes_the_roster_and_the_log_but_not_the_flow_unless_it_changes()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (_, entry) = await world.AdmitAsync(MeetingRole.Participant, "Petr Novák");
        var (people, log) = (fixture.Writes.Totals(typeof(MeetingPeopleState)), fixture.Writes.Totals(typeof(ModerationLogState)));

        await world.Grain.Execute(world.Facilitator, new MarkAttendance(entry.ParticipantId, Attendance.Present));

        Assert.Equal(people.Writes + 1, fixture.Writes.Totals(typeof(MeetingPeopleState)).Writes);
        Assert.Equal(log, fixture.Writes.Totals(typeof(ModerationLogState))); // attendance is no moderation record
        var flow = fixture.Writes.Totals(typeof(MeetingState));

        await world.Grain.Execute(world.Facilitator, new SetArrivalsClosed(true));

        Assert.Equal(log.Writes + 1, fixture.Writes.Totals(typeof(ModerationLogState)).Writes);
        Assert.Equal(flow.Writes + 1, fixture.Writes.Totals(typeof(MeetingState)).Writes);
        await AssertRefused(CommunityPlanning.Common.ErrorCodes.ArrivalsClosed, () => world.AdmitAsync(MeetingRole.Participant, "Pozdní"));
    }

    [Fact]
    public async Task A_vote_and_a_poll_command_write_the_ballot_box_only()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (voter, _) = await world.AdmitAsync(MeetingRole.Participant, "Petr Novák");
        await world.Grain.Connect(voter, "web-a", "conn-p");
        var draft = new PollDraft("Doporučit?", PollKind.SingleChoice, ["ano", "ne"], Secret: false, LiveResults: true);
        await world.Grain.Execute(world.Facilitator, new CreatePoll(draft));
        var pollId = (await world.Grain.GetSnapshot(world.Facilitator)).Polls.Single().Id;
        var (people, flow, polls) = Totals();

        await world.Grain.Execute(world.Facilitator, new OpenPoll(pollId));
        await world.Grain.CastVote(voter, pollId, [1, 0], null);

        Assert.Equal((people, flow, polls.Writes + 2), (Totals().People, Totals().Flow, Totals().Polls.Writes));
    }

    [Fact]
    public async Task A_board_command_writes_the_board_only()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        await world.Grain.GetSnapshot(world.Facilitator); // the organizer's seat, on first use
        var (people, flow, polls) = Totals();
        var board = fixture.Writes.Totals(typeof(MeetingBoardState));

        await world.Grain.Execute(world.Facilitator, new AddProposal(null, "Sdílená databáze služeb"));

        Assert.Equal((people, flow, polls), Totals());
        Assert.Equal(board.Writes + 1, fixture.Writes.Totals(typeof(MeetingBoardState)).Writes);
    }

    private ((long Writes, long Bytes) People, (long Writes, long Bytes) Flow, (long Writes, long Bytes) Polls) Totals() =>
        (fixture.Writes.Totals(typeof(MeetingPeopleState)), fixture.Writes.Totals(typeof(MeetingState)), fixture.Writes.Totals(typeof(MeetingPollsState)));
}
