using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Records;

/// <summary>Tasks in a meeting, and their carry-over to the group's next meeting.</summary>
public sealed class ActionItemTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static ActionItemDraft Task(string text, Guid? agendaItemId = null) =>
        new(text, "Kateřina Marcinková", new DateOnly(2026, 6, 30), agendaItemId);

    [Fact]
    public async Task The_facilitator_sets_and_changes_tasks_and_bad_input_changes_nothing()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        await g.Execute(f, new AddAgendaItem(new AgendaItemDraft("Fokusní skupiny", null, 20, AgendaItemKind.Discussion), null));
        var itemId = (await g.GetSnapshot(f)).Agenda.Items[0].Id;
        await g.Execute(f, new AddActionItem(Task("Oslovit zástupce pečujících", itemId)));
        var task = (await g.GetSnapshot(f)).ActionItems.Single();
        Assert.Equal(("Oslovit zástupce pečujících", itemId, ActionItemStatus.Open, world.Meeting.Id), (task.Text, task.AgendaItemId, task.Status, task.OriginMeetingId));

        await g.Execute(f, new UpdateActionItem(task.Id, Task("Oslovit zástupce pečujících a osadních výborů", itemId) with { Due = null }));
        await g.Execute(f, new SetActionItemStatus(task.Id, ActionItemStatus.InProgress));
        var (participant, _) = await world.AdmitAsync(MeetingRole.Participant);
        var before = await g.GetSnapshot(f);
        Assert.Equal(("Oslovit zástupce pečujících a osadních výborů", null, ActionItemStatus.InProgress),
            (before.ActionItems[0].Text, before.ActionItems[0].Due, before.ActionItems[0].Status));

        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(participant, new AddActionItem(Task("Cizí"))));
        await AssertRefused(ErrorCodes.Forbidden, () => g.Execute(participant, new SetActionItemStatus(task.Id, ActionItemStatus.Done)));
        await AssertRefused(ErrorCodes.Required, () => g.Execute(f, new AddActionItem(Task("   "))));
        await AssertRefused(ErrorCodes.Required, () => g.Execute(f, new AddActionItem(Task("Úkol") with { Responsible = "" })));
        await AssertRefused(ErrorCodes.ControlCharacters, () => g.Execute(f, new AddActionItem(Task("a\u0007b"))));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new AddActionItem(Task("Úkol", Guid.NewGuid()))));
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new SetActionItemStatus(Guid.NewGuid(), ActionItemStatus.Done)));
        await AssertRefused(ErrorCodes.InvalidValue, () => g.Execute(f, new SetActionItemStatus(task.Id, (ActionItemStatus)9)));
        var after = await g.GetSnapshot(f);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.ActionItems, after.ActionItems);

        // Minutes are finished after the meeting: the facilitator still records tasks.
        await g.ChangePhase(f, MeetingPhase.Ended);
        await g.Execute(f, new AddActionItem(Task("Rozeslat zápis")));
        await g.Execute(f, new RemoveActionItem(task.Id));
        Assert.Equal(["Rozeslat zápis"], (await g.GetSnapshot(f)).ActionItems.Select(t => t.Text));
    }

    [Fact]
    public async Task Open_tasks_carry_over_to_the_next_meeting_and_are_closed_there()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (first, f) = (world.Grain, world.Facilitator);
        await first.Execute(f, new AddActionItem(Task("Připravit dotazník")));
        await first.Execute(f, new AddActionItem(Task("Pozvat APOSS")));
        var firstTasks = (await first.GetSnapshot(f)).ActionItems;
        await first.Execute(f, new SetActionItemStatus(firstTasks[1].Id, ActionItemStatus.Done));

        var group = fixture.Client.GetGrain<IWorkingGroupGrain>(world.GroupId);
        var nextDetails = await group.CreateMeeting(f, new MeetingDraft("Třetí jednání", new DateTime(2026, 9, 14, 13, 0, 0), "Liberec", null, null));
        var next = fixture.Client.GetGrain<IMeetingGrain>(nextDetails.Id);
        var carried = (await next.GetSnapshot(f)).ActionItems.Single();
        Assert.Equal((firstTasks[0].Id, "Připravit dotazník", world.Meeting.Id, (Guid?)null), (carried.Id, carried.Text, carried.OriginMeetingId, carried.AgendaItemId));

        // A task set in the first meeting afterwards comes when the next one starts; nothing comes twice.
        await first.Execute(f, new AddActionItem(Task("Zaslat podklady")));
        await next.ChangePhase(f, MeetingPhase.Live);
        await next.Execute(f, new CarryOverActionItems());
        Assert.Equal(["Připravit dotazník", "Zaslat podklady"], (await next.GetSnapshot(f)).ActionItems.Select(t => t.Text));

        await next.Execute(f, new SetActionItemStatus(carried.Id, ActionItemStatus.Done));
        await AssertRefused(ErrorCodes.ActionItemCarried, () => next.Execute(f, new RemoveActionItem(carried.Id)));
        Assert.Equal(ActionItemStatus.Done, (await next.GetSnapshot(f)).ActionItems[0].Status);
        // The earlier meeting's record stays as it was.
        Assert.Equal(ActionItemStatus.Open, (await first.GetSnapshot(f)).ActionItems[0].Status);

        // A meeting dated before the first has nothing to carry over.
        var earlier = await group.CreateMeeting(f, new MeetingDraft("Úvodní jednání", new DateTime(2026, 1, 10, 13, 0, 0), null, null, null));
        Assert.Empty((await fixture.Client.GetGrain<IMeetingGrain>(earlier.Id).GetSnapshot(f)).ActionItems);
    }
}
