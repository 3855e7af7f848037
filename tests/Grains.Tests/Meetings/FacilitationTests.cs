using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;

namespace CommunityPlanning.Tests.Meetings;

/// <summary>Agenda, timer, speakers, focus, moderation and attendance through the meeting grain.</summary>
public sealed class FacilitationTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static AgendaItemDraft Item(string title, int minutes = 15, AgendaItemKind kind = AgendaItemKind.Discussion) =>
        new(title, "K. Marcinková", minutes, kind);

    private static async Task AssertRefused(string code, Func<Task> call) =>
        Assert.Equal(code, (await Assert.ThrowsAsync<DomainException>(call)).Code);

    private async Task<(MeetingWorld World, RecordingObserver Observer)> LiveAsync()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var observer = new RecordingObserver();
        await world.Grain.Subscribe("web-a", fixture.Client.CreateObjectReference<IMeetingObserver>(observer), []);
        return (world, observer);
    }

    [Fact]
    public async Task The_facilitator_edits_the_agenda_and_moves_the_current_item_and_time_spent_is_booked()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        await g.Execute(f, new AddAgendaItem(Item("Zahájení", 5, AgendaItemKind.Other), null));
        await g.Execute(f, new AddAgendaItem(Item("Informace z pracovních skupin", 30, AgendaItemKind.Report), null));
        await g.Execute(f, new AddAgendaItem(Item("Různé", 10), 1));
        var agenda = (await g.GetSnapshot(f)).Agenda;
        Assert.Equal(["Zahájení", "Různé", "Informace z pracovních skupin"], agenda.Items.Select(i => i.Title));

        await g.Execute(f, new MoveAgendaItem(agenda.Items[1].Id, 2));
        await g.Execute(f, new UpdateAgendaItem(agenda.Items[0].Id, Item("Zahájení a program", 5, AgendaItemKind.Other)));
        await g.ChangePhase(f, MeetingPhase.Live);
        await g.Execute(f, new SetCurrentAgendaItem(agenda.Items[0].Id));
        fixture.Clock.Advance(TimeSpan.FromMinutes(7));
        await g.Execute(f, new SetCurrentAgendaItem(agenda.Items[2].Id));

        var changed = await observer.WaitFor<AgendaChanged>(a => a.Agenda.CurrentItemId == agenda.Items[2].Id);
        var items = changed.Agenda.Items;
        Assert.Equal(["Zahájení a program", "Informace z pracovních skupin", "Různé"], items.Select(i => i.Title));
        Assert.InRange(items[0].SpentMs, 7 * 60_000, 7 * 60_000 + 5_000);
        Assert.Equal(0, items[1].SpentMs);
        Assert.NotNull(changed.Agenda.CurrentSince);

        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        await g.ChangePhase(f, MeetingPhase.Ended);
        var ended = (await g.GetSnapshot(f)).Agenda;
        Assert.InRange(ended.Items[1].SpentMs, 2 * 60_000, 2 * 60_000 + 5_000);
        Assert.Null(ended.CurrentSince);
        await AssertRefused(ErrorCodes.MeetingEnded, () => g.Execute(f, new AddAgendaItem(Item("Pozdě"), null)));
    }

    [Fact]
    public async Task Bad_agenda_input_is_refused_and_changes_nothing()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        await g.Execute(f, new AddAgendaItem(Item("Zahájení"), null));
        var before = await g.GetSnapshot(f);

        await AssertRefused(ErrorCodes.Required, () => g.Execute(f, new AddAgendaItem(Item("   "), null)));
        await AssertRefused(ErrorCodes.ControlCharacters, () => g.Execute(f, new AddAgendaItem(Item("a\u0007b"), null)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new AddAgendaItem(Item("Dlouhé", 601), null)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new AddAgendaItem(Item("Kam"), 5)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new AddAgendaItem(Item("Druh") with { Kind = (AgendaItemKind)42 }, null)));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new MoveAgendaItem(Guid.NewGuid(), 0)));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new SetCurrentAgendaItem(Guid.NewGuid())));
        await AssertRefused(ErrorCodes.NoTimer, () => g.Execute(f, new PauseTimer()));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new StartTimer(0, null)));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new SetFocus(FocusKind.Section, Guid.NewGuid())));
        await AssertRefused(ErrorCodes.NotInQueue, () => g.Execute(f, new EndFloor()));

        var after = await g.GetSnapshot(f);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Agenda.Items, after.Agenda.Items);
        Assert.Null(after.Timer);
    }

    [Fact]
    public async Task A_countdown_runs_pauses_extends_and_its_finish_reaches_everyone()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;

        await g.Execute(f, new StartTimer(600, "Diskuse"));
        var started = (await g.GetSnapshot(f)).Timer!;
        Assert.True(started.Running);
        Assert.Equal(600_000, started.DurationMs);

        await g.Execute(f, new PauseTimer());
        var paused = (await g.GetSnapshot(f)).Timer!;
        Assert.False(paused.Running);
        Assert.InRange(paused.RemainingMs, 590_000, 600_000);

        await g.Execute(f, new ExtendTimer(60));
        Assert.Equal(paused.RemainingMs + 60_000, (await g.GetSnapshot(f)).Timer!.RemainingMs);
        await g.Execute(f, new ResetTimer());
        Assert.Equal(660_000, (await g.GetSnapshot(f)).Timer!.RemainingMs);

        // A short one, left to run out: the grain itself signals the finish.
        await g.Execute(f, new StartTimer(1, "Přestávka"));
        var finished = await observer.WaitFor<TimerChanged>(t => t.Timer is { Finished: true });
        Assert.Equal("Přestávka", finished.Timer!.Label);
        Assert.Equal(0, finished.Timer.RemainingMs);

        await g.Execute(f, new ExtendTimer(30));
        var again = (await g.GetSnapshot(f)).Timer!;
        Assert.True(again.Running);
        Assert.False(again.Finished);
        await g.Execute(f, new ClearTimer());
        Assert.Null((await g.GetSnapshot(f)).Timer);
    }

    [Fact]
    public async Task Hands_are_raised_reordered_and_given_the_floor_and_who_spoke_how_long_is_kept()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        var (jana, janaEntry) = await world.AdmitAsync(MeetingRole.Participant, "Jana Nováková");
        var (petr, petrEntry) = await world.AdmitAsync(MeetingRole.Participant, "Petr Svoboda");

        await g.Execute(jana, new RaiseHand());
        await g.Execute(petr, new RaiseHand());
        await g.Execute(petr, new RaiseHand()); // twice is once
        Assert.Equal([janaEntry.ParticipantId, petrEntry.ParticipantId], (await g.GetSnapshot(f)).Speakers.Queue.Select(h => h.ParticipantId));

        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(jana, new LowerHand(petrEntry.ParticipantId)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new ReorderSpeakers([petrEntry.ParticipantId])));
        await g.Execute(f, new ReorderSpeakers([petrEntry.ParticipantId, janaEntry.ParticipantId]));
        await g.Execute(f, new SetSpeakingLimit(120));
        await g.Execute(f, new GiveFloor(petrEntry.ParticipantId));

        var speaking = await g.GetSnapshot(f);
        Assert.Equal(petrEntry.ParticipantId, speaking.Speakers.Floor!.ParticipantId);
        Assert.Equal([janaEntry.ParticipantId], speaking.Speakers.Queue.Select(h => h.ParticipantId));
        Assert.Equal(petrEntry.ParticipantId, speaking.Timer!.SpeakerId);
        Assert.Equal(120_000, speaking.Timer.DurationMs);

        fixture.Clock.Advance(TimeSpan.FromSeconds(90));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(jana, new EndFloor()));
        await g.Execute(petr, new EndFloor()); // the speaker ends their own turn
        await g.Execute(jana, new LowerHand(null));

        var done = await g.GetSnapshot(f);
        Assert.Null(done.Speakers.Floor);
        Assert.Null(done.Timer);
        Assert.Empty(done.Speakers.Queue);
        var turn = Assert.Single(done.Speakers.Turns);
        Assert.Equal(petrEntry.ParticipantId, turn.ParticipantId);
        Assert.InRange(turn.DurationMs, 90_000, 95_000);
    }

    [Fact]
    public async Task Each_role_is_refused_every_command_above_it_and_an_observer_changes_nothing()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var (observer, _) = await world.AdmitAsync(MeetingRole.Observer, "Občan");
        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant, "Jana");
        await g.Execute(world.Facilitator, new AddAgendaItem(Item("Zahájení"), null));
        var before = await g.GetSnapshot(world.Facilitator);
        var itemId = before.Agenda.Items[0].Id;

        MeetingCommand[] facilitatorOnly =
        [
            new AddAgendaItem(Item("X"), null), new UpdateAgendaItem(itemId, Item("X")), new RemoveAgendaItem(itemId),
            new MoveAgendaItem(itemId, 0), new SetCurrentAgendaItem(itemId), new StartTimer(60, null), new PauseTimer(),
            new ResumeTimer(), new ExtendTimer(60), new ResetTimer(), new ClearTimer(), new LowerHand(entry.ParticipantId),
            new ReorderSpeakers([]), new GiveFloor(entry.ParticipantId), new SetSpeakingLimit(60),
            new SetFocus(FocusKind.AgendaItem, itemId), new MuteParticipant(entry.ParticipantId, true),
            new RemoveParticipant(entry.ParticipantId, true), new SetArrivalsClosed(true), new HandOverLead(entry.ParticipantId),
            new MarkAttendance(entry.ParticipantId, Attendance.Excused), new SetAttendeeKind(entry.ParticipantId, AttendeeKind.Guest),
            new AddRoomAttendee("Karel", AttendeeKind.Member),
        ];
        foreach (var command in facilitatorOnly)
        {
            Assert.Equal(MeetingRole.Facilitator, CommandRouting.RoleFor(command));
            await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(participant, command));
            await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(observer, command));
        }

        foreach (var command in new MeetingCommand[] { new RaiseHand(), new LowerHand(null), new EndFloor() })
        {
            await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(observer, command));
        }

        await AssertRefused(ErrorCodes.Forbidden, () => g.ChangePhase(observer, MeetingPhase.Live));
        var after = await g.GetSnapshot(world.Facilitator);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Roster, after.Roster);
        Assert.Equal(before.Details, after.Details);
    }

    [Fact]
    public async Task A_muted_participant_watches_but_contributes_nothing_until_unmuted_and_it_is_recorded()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        var (jana, entry) = await world.AdmitAsync(MeetingRole.Participant, "Jana");
        await g.Execute(jana, new RaiseHand());

        await g.Execute(f, new MuteParticipant(entry.ParticipantId, true));
        var muted = await observer.WaitFor<RosterChanged>(r => r.Entry.ParticipantId == entry.ParticipantId && r.Entry.Muted);
        Assert.True(muted.Entry.Muted);
        Assert.Empty((await g.GetSnapshot(f)).Speakers.Queue); // the hand went down with it
        await AssertRefused(ErrorCodes.ParticipantMuted, () => g.Execute(jana, new RaiseHand()));
        await AssertRefused(ErrorCodes.ParticipantMuted, () => world.Roster.AuthorizeContribution(jana));
        Assert.Equal(entry.ParticipantId, (await g.GetSnapshot(jana)).You.ParticipantId); // still watches

        await g.Execute(f, new MuteParticipant(entry.ParticipantId, false));
        await g.Execute(jana, new RaiseHand());
        var log = (await g.GetSnapshot(f)).Moderation;
        Assert.Equal([ModerationAction.Muted, ModerationAction.Unmuted], log.Select(r => r.Action));
        Assert.All(log, r => Assert.Equal((entry.ParticipantId, "Jana"), (r.TargetId!.Value, r.TargetName!)));
        Assert.All(log, r => Assert.Equal(world.Facilitator.DisplayName, r.ByName));
    }

    [Fact]
    public async Task A_removed_participant_cannot_come_back_and_their_link_can_be_revoked_with_them()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        var (jana, entry) = await world.AdmitAsync(MeetingRole.Participant, "Jana");
        await g.Connect(jana, "web-b", "conn-j");
        await g.Execute(jana, new RaiseHand());

        await g.Execute(f, new RemoveParticipant(entry.ParticipantId, RevokeInvite: true));

        await AssertRefused(ErrorCodes.ParticipantRemoved, () => g.Connect(jana, "web-b", "conn-j2"));
        await AssertRefused(ErrorCodes.ParticipantRemoved, () => g.GetSnapshot(jana));
        await AssertRefused(ErrorCodes.ParticipantRemoved, () => g.Execute(jana, new RaiseHand()));
        var snapshot = await g.GetSnapshot(f);
        Assert.True(snapshot.Roster.Single(e => e.ParticipantId == entry.ParticipantId).Removed);
        Assert.Empty(snapshot.Speakers.Queue);
        Assert.NotNull(Assert.Single(await g.ListInvites(f), i => i.InviteId == entry.InviteId).RevokedAt);
        Assert.Equal(ModerationAction.Removed, snapshot.Moderation[^1].Action);
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new RemoveParticipant(snapshot.You.ParticipantId, false)));
    }

    [Fact]
    public async Task A_meeting_closed_to_arrivals_admits_nobody_new_until_reopened()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        await g.SetPublicWatch(world.Facilitator, true);
        var invite = await g.CreateInvite(world.Facilitator, MeetingRole.Participant, null);

        await g.Execute(world.Facilitator, new SetArrivalsClosed(true));
        var inviteGrain = fixture.Client.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        await AssertRefused(ErrorCodes.ArrivalsClosed, () => inviteGrain.Redeem("Pozdní"));
        await AssertRefused(ErrorCodes.ArrivalsClosed, () => world.Roster.AdmitPublicObserver("Občan"));

        await g.Execute(world.Facilitator, new SetArrivalsClosed(false));
        Assert.Equal("Pozdní", (await inviteGrain.Redeem("Pozdní")).Entry.DisplayName);
        var log = (await g.GetSnapshot(world.Facilitator)).Moderation.Select(r => r.Action);
        Assert.Equal([ModerationAction.ArrivalsClosed, ModerationAction.ArrivalsOpened], log);
    }

    [Fact]
    public async Task The_lead_passes_to_a_co_facilitator_and_focus_brings_everyone_to_an_item()
    {
        var (world, observer) = await LiveAsync();
        var g = world.Grain;
        var (co, coEntry) = await world.AdmitAsync(MeetingRole.Facilitator, "Petra Hybnerová");
        var (participant, participantEntry) = await world.AdmitAsync(MeetingRole.Participant, "Jana");
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(world.Facilitator, new HandOverLead(participantEntry.ParticipantId)));

        await g.Execute(world.Facilitator, new HandOverLead(coEntry.ParticipantId));
        var details = (await observer.WaitFor<MeetingUpdated>(u => u.Details.LeadParticipantId is not null)).Details;
        Assert.Equal((coEntry.ParticipantId, "Petra Hybnerová"), (details.LeadParticipantId!.Value, details.FacilitatorName));

        await g.Execute(co, new AddAgendaItem(Item("Vize"), null));
        var itemId = (await g.GetSnapshot(co)).Agenda.Items[0].Id;
        await g.Execute(co, new SetFocus(FocusKind.AgendaItem, itemId));
        var focus = await observer.WaitFor<FocusChanged>(_ => true);
        Assert.Equal((FocusKind.AgendaItem, itemId), (focus.Focus.Kind, focus.Focus.TargetId!.Value));
        Assert.Equal(focus.Focus, (await g.GetSnapshot(participant)).Focus);
    }

    [Fact]
    public async Task Attendance_is_marked_and_people_in_the_room_are_added()
    {
        var (world, _) = await LiveAsync();
        var g = world.Grain;
        var f = world.Facilitator;
        var (_, excused) = await world.AdmitAsync(MeetingRole.Participant, "Omluvená");

        await g.Execute(f, new MarkAttendance(excused.ParticipantId, Attendance.Excused));
        await g.Execute(f, new AddRoomAttendee("Hana Dvořáková", AttendeeKind.Staff));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new MarkAttendance(excused.ParticipantId, (Attendance)9)));

        var roster = (await g.GetSnapshot(f)).Roster;
        Assert.Equal(Attendance.Excused, roster.Single(e => e.ParticipantId == excused.ParticipantId).Attendance);
        var room = roster.Single(e => e.DisplayName == "Hana Dvořáková");
        Assert.Equal((Attendance.Present, AttendeeKind.Staff, MeetingRole.Participant), (room.Attendance, room.Kind, room.Role));
    }
}
