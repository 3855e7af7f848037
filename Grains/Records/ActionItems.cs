using CommunityPlanning.Common;

namespace CommunityPlanning.Records;

/// <summary>The rules for a meeting's tasks: pure functions over the list, so they are tested without a grain.</summary>
public static class ActionItems
{
    public const int MaxItems = 500;
    public const int TextMaxLength = 1_000;

    public static List<ActionItem> Add(IReadOnlyList<ActionItem> items, ActionItemDraft draft, Guid id, Guid meetingId, ISet<Guid> agendaItems, DateTimeOffset now)
    {
        if (items.Count >= MaxItems)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxItems} tasks in one meeting");
        }

        var valid = Validate(draft, agendaItems);
        return [.. items, new ActionItem(id, valid.Text, valid.Responsible, valid.Due, ActionItemStatus.Open, valid.AgendaItemId, meetingId, now, now)];
    }

    public static List<ActionItem> Update(IReadOnlyList<ActionItem> items, Guid id, ActionItemDraft draft, ISet<Guid> agendaItems, DateTimeOffset now)
    {
        var valid = Validate(draft, agendaItems);
        return Change(items, id, item => item with { Text = valid.Text, Responsible = valid.Responsible, Due = valid.Due, AgendaItemId = valid.AgendaItemId, ChangedAt = now });
    }

    public static List<ActionItem> SetStatus(IReadOnlyList<ActionItem> items, Guid id, ActionItemStatus status, DateTimeOffset now)
    {
        TextRules.Defined(status);
        return Change(items, id, item => item with { Status = status, ChangedAt = now });
    }

    /// <summary>Only a task set in this meeting can be removed; one carried over is closed instead.</summary>
    public static List<ActionItem> Remove(IReadOnlyList<ActionItem> items, Guid id, Guid meetingId)
    {
        var item = Find(items, id);
        if (item.OriginMeetingId != meetingId)
        {
            throw new DomainException(ErrorCodes.ActionItemCarried);
        }

        return [.. items.Where(i => i.Id != id)];
    }

    /// <summary>
    /// Adds the previous meeting's open tasks that are not here yet, placed under no item of this meeting (the
    /// minutes show them under its task review item, as tasks, not as a line of this meeting's notes). Tasks already
    /// here keep their state: this meeting now owns them.
    /// </summary>
    public static List<ActionItem> CarryOver(IReadOnlyList<ActionItem> items, IEnumerable<ActionItem> previousOpen)
    {
        var known = items.Select(i => i.Id).ToHashSet();
        var added = previousOpen.Where(p => p.IsOpen && known.Add(p.Id)).Select(p => p with { AgendaItemId = null, NoteLine = null });
        var merged = items.Concat(added).ToList();
        return merged.Count > MaxItems ? throw new DomainException(ErrorCodes.TooLong, $"at most {MaxItems} tasks in one meeting") : merged;
    }

    private static ActionItemDraft Validate(ActionItemDraft? draft, ISet<Guid> agendaItems)
    {
        if (draft is null)
        {
            throw new DomainException(ErrorCodes.Required);
        }

        if (draft.AgendaItemId is { } agendaItemId && !agendaItems.Contains(agendaItemId))
        {
            throw new DomainException(ErrorCodes.NotFound, "agenda item");
        }

        return new ActionItemDraft(
            TextRules.MultilineText(draft.Text, TextMaxLength).Trim() is { Length: > 0 } text ? text : throw new DomainException(ErrorCodes.Required, "text"),
            TextRules.Name(draft.Responsible),
            draft.Due,
            draft.AgendaItemId);
    }

    private static List<ActionItem> Change(IReadOnlyList<ActionItem> items, Guid id, Func<ActionItem, ActionItem> change)
    {
        var item = Find(items, id);
        return [.. items.Select(i => i.Id == id ? change(item) : i)];
    }

    private static ActionItem Find(IReadOnlyList<ActionItem> items, Guid id) =>
        items.FirstOrDefault(i => i.Id == id) ?? throw new DomainException(ErrorCodes.NotFound, "task");
}
