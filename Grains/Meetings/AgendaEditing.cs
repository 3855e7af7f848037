using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>The rules of the programme: validated drafts, order, the current item and the time booked to it.</summary>
public static class AgendaEditing
{
    public const int MaxItems = 100;
    public const int MaxPlannedMinutes = 600;
    public const int TitleMaxLength = TextRules.TitleMaxLength;

    public static Agenda Add(Agenda agenda, AgendaItemDraft draft, int? position, Guid id)
    {
        if (agenda.Items.Count >= MaxItems)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxItems} agenda items");
        }

        var item = Validated(draft, id, 0);
        var items = agenda.Items.ToList();
        items.Insert(Position(position ?? items.Count, items.Count), item);
        return agenda with { Items = items };
    }

    public static Agenda Update(Agenda agenda, Guid itemId, AgendaItemDraft draft)
    {
        var index = IndexOf(agenda, itemId);
        var items = agenda.Items.ToList();
        items[index] = Validated(draft, itemId, items[index].SpentMs) with { Intentions = items[index].Intentions };
        return agenda with { Items = items };
    }

    public static Agenda Remove(Agenda agenda, Guid itemId, DateTimeOffset now)
    {
        var index = IndexOf(agenda, itemId);
        var current = agenda.CurrentItemId == itemId ? SetCurrent(agenda, null, now, live: false) : agenda;
        return current with { Items = [.. current.Items.Where((_, i) => i != index)] };
    }

    public static Agenda Move(Agenda agenda, Guid itemId, int position)
    {
        var index = IndexOf(agenda, itemId);
        var items = agenda.Items.ToList();
        var item = items[index];
        items.RemoveAt(index);
        items.Insert(Position(position, items.Count), item);
        return agenda with { Items = items };
    }

    /// <summary>Books the running stretch to the current item, then makes another one current (time runs only while live).</summary>
    public static Agenda SetCurrent(Agenda agenda, Guid? itemId, DateTimeOffset now, bool live)
    {
        if (itemId is { } id)
        {
            IndexOf(agenda, id);
        }

        var booked = Book(agenda, now);
        return booked with { CurrentItemId = itemId, CurrentSince = itemId is not null && live ? now : null };
    }

    /// <summary>The meeting went live: the current item's time starts counting.</summary>
    public static Agenda Start(Agenda agenda, DateTimeOffset now) =>
        agenda.CurrentItemId is not null && agenda.CurrentSince is null ? agenda with { CurrentSince = now } : agenda;

    /// <summary>Adds the running stretch to the current item's time and stops counting.</summary>
    public static Agenda Book(Agenda agenda, DateTimeOffset now)
    {
        if (agenda.CurrentItemId is not { } id || agenda.CurrentSince is not { } since)
        {
            return agenda;
        }

        var elapsed = (long)Math.Max(0, (now - since).TotalMilliseconds);
        return agenda with
        {
            Items = [.. agenda.Items.Select(i => i.Id == id ? i with { SpentMs = i.SpentMs + elapsed } : i)],
            CurrentSince = null,
        };
    }

    private static AgendaItem Validated(AgendaItemDraft draft, Guid id, long spentMs)
    {
        if (draft is null)
        {
            throw new DomainException(ErrorCodes.Required, "item");
        }

        if (draft.PlannedMinutes is < 0 or > MaxPlannedMinutes)
        {
            throw new DomainException(ErrorCodes.InvalidValue, $"planned minutes 0–{MaxPlannedMinutes}");
        }

        return new AgendaItem(id, TextRules.Name(draft.Title, TitleMaxLength), TextRules.OptionalName(draft.Presenter),
            draft.PlannedMinutes, TextRules.Defined(draft.Kind), spentMs);
    }

    private static int IndexOf(Agenda agenda, Guid itemId)
    {
        var index = agenda.Items.ToList().FindIndex(i => i.Id == itemId);
        return index >= 0 ? index : throw new DomainException(ErrorCodes.NotFound, "agenda item");
    }

    private static int Position(int position, int count) =>
        position >= 0 && position <= count ? position : throw new DomainException(ErrorCodes.InvalidValue, "position");
}
