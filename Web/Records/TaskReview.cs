using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Web.Records;

/// <summary>
/// A new meeting that inherited open tasks opens with an item for checking them ("Kontrola úkolů"), titled in
/// the organizer's language; the facilitator may rename, move or remove it like any item.
/// </summary>
public static class TaskReview
{
    public const int PlannedMinutes = 10;

    public static async Task AddItemIfTasksCarried(IMeetingGrain meeting, Actor actor, IReadOnlyDictionary<string, string> texts)
    {
        var snapshot = await meeting.GetSnapshot(actor);
        if (snapshot.ActionItems.Count > 0 && snapshot.Agenda.Items.All(i => i.Kind != AgendaItemKind.TaskReview))
        {
            var title = texts.TryGetValue("agendaKind.TaskReview", out var text) ? text : "Kontrola úkolů";
            await meeting.Execute(actor, new AddAgendaItem(new AgendaItemDraft(title, null, PlannedMinutes, AgendaItemKind.TaskReview), 0));
        }
    }
}
