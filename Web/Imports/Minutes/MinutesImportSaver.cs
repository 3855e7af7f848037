using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Imports.Minutes;

/// <summary>What saving created: the past meeting, and whether the group's record form was set.</summary>
public sealed record MinutesImportSaved(Guid MeetingId, int Items, int Present, int Excused, int Tasks, int ScheduleEntries, bool RecordFormSet);

/// <summary>
/// Saves imported minutes as a past meeting of the group through the grains' own commands, so every rule and event
/// applies: the meeting (its title, date, time or that the record gave none, place), its agenda, the people present and excused (room attendees),
/// then it ends; the notes of each item (its blocks' headings, paragraphs and "- " lists; tasks are saved as tasks, not
/// repeated in the text), the tasks, the footer, the schedule's new dates in the group's schedule, and, if the
/// person chose so, the group's record form. Everything is checked before the meeting is created.
/// </summary>
public static class MinutesImportSaver
{
    public static async Task<MinutesImportSaved> Save(IGrainFactory grains, Guid groupId, Actor actor, ImportedMinutes minutes, bool setRecordForm)
    {
        var group = grains.GetGrain<IWorkingGroupGrain>(groupId);
        await group.AuthorizeManager(actor);
        Check(minutes);
        if (minutes.Items.Count == 0)
        {
            throw new DomainException(ErrorCodes.ImportNothingFound);
        }

        var date = minutes.Date ?? throw new DomainException(ErrorCodes.Required, "date");
        var details = await group.CreateMeeting(actor, new MeetingDraft(
            minutes.Title ?? minutes.Items[0].Title, date.ToDateTime(minutes.Time ?? TimeOnly.MinValue), minutes.Place, null, null,
            TimeUnknown: minutes.Time is null));
        var meeting = grains.GetGrain<IMeetingGrain>(details.Id);
        foreach (var item in minutes.Items)
        {
            await meeting.Execute(actor, new AddAgendaItem(new AgendaItemDraft(item.Title, null, 0, AgendaItemKind.Discussion), null));
        }

        foreach (var name in minutes.Present.Concat(minutes.Excused))
        {
            await meeting.Execute(actor, new AddRoomAttendee(name, AttendeeKind.Member));
        }

        var snapshot = await meeting.GetSnapshot(actor);
        var excused = minutes.Excused.ToHashSet();
        foreach (var entry in snapshot.Roster.Where(e => e.AccountId is null && excused.Contains(e.DisplayName)))
        {
            await meeting.Execute(actor, new MarkAttendance(entry.ParticipantId, Attendance.Excused));
        }

        await meeting.ChangePhase(actor, MeetingPhase.Ended);
        var agenda = snapshot.Agenda.Items;
        await WriteNotes(grains, meeting, actor, snapshot.You.ParticipantId, minutes, agenda);
        var tasks = 0;
        foreach (var (item, agendaItem) in minutes.Items.Zip(agenda))
        {
            foreach (var task in item.Blocks.SelectMany(b => b.Elements).Where(e => e.Kind == MinutesElementKind.Task))
            {
                await meeting.Execute(actor, new AddActionItem(new ActionItemDraft(task.Text, task.Responsible ?? NoOne, task.Due, agendaItem.Id)));
                tasks++;
            }
        }

        if (minutes.Footer is { } footer)
        {
            await meeting.Execute(actor, new SetMinutesFooter(new MinutesFooter(footer.RecordedBy, footer.SignedAt, footer.WrittenOn)));
        }

        var added = await AddToSchedule(group, actor, minutes.Schedule);
        if (setRecordForm)
        {
            await grains.GetGrain<IRecordFormGrain>(groupId).Set(actor, RecordFormProposal.Of(minutes));
        }

        return new MinutesImportSaved(details.Id, agenda.Count, minutes.Present.Count, minutes.Excused.Count, tasks, added, setRecordForm);
    }

    /// <summary>A task whose record names nobody responsible (the task list needs someone).</summary>
    public const string NoOne = "–";

    /// <summary>The item's notes as typed notes read them back (<c>RecordText.Blocks</c>): paragraphs, "- " lists, block headings.</summary>
    public static string Notes(MinutesImportItem item) => string.Join("\n", item.Blocks.Select((block, i) =>
        string.Join("\n", (i > 0 && block.Heading is { } heading ? [heading] : Array.Empty<string>())
            .Concat(block.Elements.Where(e => e.Kind != MinutesElementKind.Task).Select(e => e.Kind == MinutesElementKind.Bullet ? $"- {e.Text}" : e.Text))))
        .Where(b => b.Length > 0));

    /// <summary>Texts that the grains would refuse, found before anything is created.</summary>
    private static void Check(ImportedMinutes minutes)
    {
        foreach (var item in minutes.Items)
        {
            TextRules.Name(item.Title, TextRules.TitleMaxLength);
        }

        foreach (var name in minutes.Present.Concat(minutes.Excused))
        {
            TextRules.Name(name);
        }

        if (minutes.Title is { } title)
        {
            TextRules.Name(title, TextRules.TitleMaxLength);
        }
    }

    private static async Task WriteNotes(IGrainFactory grains, IMeetingGrain meeting, Actor actor, Guid author, ImportedMinutes minutes, IReadOnlyList<AgendaItem> agenda)
    {
        var documentId = await meeting.OpenMinutes(actor);
        var document = grains.GetGrain<IVisionDocumentGrain>(documentId);
        await document.Authorize(new DocumentCaller(meeting.GetPrimaryKey(), actor), DocumentAccess.Contribute);
        foreach (var (item, agendaItem) in minutes.Items.Zip(agenda))
        {
            var notes = Notes(item);
            if (notes.Length > 0)
            {
                await document.Submit(new EditSubmission(agendaItem.Id, 0, new TextOperationBuilder().Insert(notes).Build(), $"import:{Guid.NewGuid():N}", author));
            }
        }
    }

    private static async Task<int> AddToSchedule(IWorkingGroupGrain group, Actor actor, MinutesSchedule? schedule)
    {
        if (schedule is null || schedule.Rows.Count == 0)
        {
            return 0;
        }

        var existing = (await group.Get()).Schedule;
        var added = schedule.Rows.Where(r => existing.All(e => e.Date != r.Date)).Select(r => new PlannedMeeting(r.Date, r.Time, r.Place)).ToList();
        if (added.Count > 0)
        {
            await group.SetSchedule(actor, [.. existing, .. added]);
        }

        return added.Count;
    }
}
