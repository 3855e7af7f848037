using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Tests.Infrastructure;
using static CommunityPlanning.Tests.Infrastructure.TestActors;

namespace CommunityPlanning.Tests.Records;

/// <summary>What the composed minutes take from the group's form, the second blocks of an item, and the tasks typed in the notes.</summary>
public sealed class MinutesFormTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static AgendaItemDraft Item(string title) => new(title, null, 15, AgendaItemKind.Discussion);

    [Fact]
    public async Task The_minutes_carry_the_group_s_form_the_second_blocks_and_the_tasks_typed_in_the_notes_once()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        foreach (var title in new[] { "Zahájení", "Aktuality – dotace", "Aktuality – akce" })
        {
            await g.Execute(f, new AddAgendaItem(Item(title), null));
        }

        var items = (await g.GetSnapshot(f)).Agenda.Items;
        var form = RecordForm.Default with { Heading = "KOMUNITNÍ PLÁNOVÁNÍ – ŘÍDICÍ SKUPINA", RecorderForm = RecorderForm.Feminine };
        await fixture.Client.GetGrain<IRecordFormGrain>(world.GroupId).Set(f, form);
        await g.Execute(f, new SetMinutesItemContinues(items[2].Id, true));
        await g.Execute(f, new SetMinutesItemContinues(items[0].Id, true)); // the first item has none before it to continue
        await AssertRefused(ErrorCodes.NotFound, () => g.Execute(f, new SetMinutesItemContinues(Guid.NewGuid(), true)));
        Assert.Equal([items[2].Id, items[0].Id], (await g.GetSnapshot(f)).Minutes.ContinuingItems);

        var document = fixture.Client.GetGrain<IVisionDocumentGrain>(await g.OpenMinutes(f));
        await document.Submit(new EditSubmission(items[1].Id, 0, TextOperation.Splice(0, 0, 0, "Oslovit pečující – Z: K. Marcinková, T: 15. 12."), "n1", f.AccountId!.Value));

        var minutes = (await g.GetMinutes(f, null)).Content;
        var again = (await g.GetMinutes(f, null)).Content;

        Assert.Equal(form, minutes.Form);
        Assert.Equal([false, false, true], minutes.Items.Select(i => i.Continues));
        var task = Assert.Single(minutes.Items[1].Tasks);
        Assert.Equal(("Oslovit pečující", "K. Marcinková", items[1].Id), (task.Text, task.Responsible, task.AgendaItemId));
        Assert.Equal([task.Id], again.Items[1].Tasks.Select(t => t.Id));
        Assert.Equal([task.Id], (await g.GetSnapshot(f)).ActionItems.Select(t => t.Id));
    }

    [Fact]
    public async Task A_task_typed_in_the_notes_is_a_task_as_soon_as_the_writer_asks_not_only_when_the_minutes_are_composed()
    {
        var world = await MeetingWorld.CreateAsync(fixture.Client);
        var (g, f) = (world.Grain, world.Facilitator);
        await g.Execute(f, new AddAgendaItem(Item("Dotazník"), null));
        var itemId = (await g.GetSnapshot(f)).Agenda.Items[0].Id;
        var (participant, entry) = await world.AdmitAsync(MeetingRole.Participant, "Kateřina Marcinková");
        var document = fixture.Client.GetGrain<IVisionDocumentGrain>(await g.OpenMinutes(f));
        const string taskLine = "\nZ: K. Marcinková, T: 15. 12.";
        const string notes = "Připravit finální verzi dotazníku." + taskLine;
        await document.Submit(new EditSubmission(itemId, 0, TextOperation.Splice(0, 0, 0, notes), "n1", entry.ParticipantId));

        await g.Execute(participant, new SyncNotedTasks());

        var task = Assert.Single((await g.GetSnapshot(f)).ActionItems);
        Assert.Equal(("Připravit finální verzi dotazníku.", "K. Marcinková", new DateOnly(2026, 12, 15), itemId, "Z: K. Marcinková, T: 15. 12."),
            (task.Text, task.Responsible, task.Due, task.AgendaItemId, task.NoteLine));

        // Asked again with nothing changed: the same task, nothing new. The line deleted: the task goes.
        await g.Execute(participant, new SyncNotedTasks());
        Assert.Equal([task.Id], (await g.GetSnapshot(f)).ActionItems.Select(t => t.Id));
        await document.Submit(new EditSubmission(itemId, 1, TextOperation.Splice(notes.Length, notes.Length - taskLine.Length, taskLine.Length, ""), "n2", entry.ParticipantId));
        await g.Execute(participant, new SyncNotedTasks());
        Assert.Empty((await g.GetSnapshot(f)).ActionItems);
    }
}
