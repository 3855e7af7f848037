using CommunityPlanning.Common;

namespace CommunityPlanning.Records;

/// <summary>
/// Tasks typed in the notes ("Z: K. Marcinková, T: 15. 12.", see <see cref="TaskLine"/>) kept as the meeting's tasks
/// under their item. Run when the minutes are composed, it is idempotent: a line that stays as it was keeps its task
/// (status and edits made to the task stay too); a line that was edited updates the task it made (matched by its
/// place among the item's changed lines); a new line adds a task; a line that is gone removes its task. Tasks entered
/// as tasks (no <see cref="ActionItem.NoteLine"/>) and tasks of other meetings are never touched.
/// </summary>
public static class NotedTasks
{
    public static List<ActionItem> Sync(IReadOnlyList<ActionItem> items, IReadOnlyDictionary<Guid, string> notes, IEnumerable<Guid> agendaItems,
        Guid meetingId, DateOnly meetingDate, DateTimeOffset now)
    {
        var result = items.ToList();
        foreach (var agendaItemId in agendaItems)
        {
            var lines = Lines(notes.GetValueOrDefault(agendaItemId, ""), meetingDate);
            var existing = result.Where(t => t.NoteLine is not null && t.AgendaItemId == agendaItemId && t.OriginMeetingId == meetingId).ToList();

            // Lines as they were keep their tasks; the rest pair up in order.
            var unchanged = new List<ActionItem>();
            var changedLines = new List<Noted>();
            foreach (var line in lines)
            {
                var same = existing.FirstOrDefault(t => t.NoteLine == line.Line && !unchanged.Contains(t));
                if (same is null)
                {
                    changedLines.Add(line);
                }
                else
                {
                    unchanged.Add(same);
                }
            }

            var stale = existing.Except(unchanged).ToList();
            for (var i = 0; i < changedLines.Count; i++)
            {
                var line = changedLines[i];
                if (i < stale.Count)
                {
                    var index = result.IndexOf(stale[i]);
                    result[index] = stale[i] with { Text = line.Text, Responsible = line.Responsible, Due = line.Due, NoteLine = line.Line, ChangedAt = now };
                }
                else if (result.Count < ActionItems.MaxItems)
                {
                    result.Add(new ActionItem(Guid.NewGuid(), line.Text, line.Responsible, line.Due, ActionItemStatus.Open, agendaItemId, meetingId, now, now, line.Line));
                }
            }

            result.RemoveAll(t => stale.Skip(changedLines.Count).Contains(t));
        }

        return result;
    }

    private sealed record Noted(string Line, string Text, string Responsible, DateOnly? Due);

    /// <summary>
    /// The task lines of an item's notes. A line with nothing before "Z:" takes the line above it as the task's text
    /// (records write the task, then "Z: …, T: …" under it); lines a task could not hold are left as text.
    /// </summary>
    private static List<Noted> Lines(string notes, DateOnly meetingDate)
    {
        var found = new List<Noted>();
        var previous = "";
        foreach (var raw in notes.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (TaskLine.Parse(line, meetingDate) is not { } task)
            {
                previous = line.TrimStart('-', '•', '·', '*', '–', ' ');
                continue;
            }

            var text = task.Text.Length > 0 ? task.Text : previous.Length > 0 ? previous : line;
            if (task.Responsible.Length <= TextRules.NameMaxLength && text.Length <= ActionItems.TextMaxLength
                && !task.Responsible.Any(char.IsControl) && !text.Any(c => char.IsControl(c) && c != '\t'))
            {
                found.Add(new Noted(line, text, task.Responsible, task.Due));
            }

            previous = "";
        }

        return found;
    }
}
