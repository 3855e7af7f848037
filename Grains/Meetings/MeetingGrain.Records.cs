using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Records;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Meetings;

/// <summary>The meeting's record: co-edited notes per agenda item, tasks and their carry-over, approved versions.</summary>
public sealed partial class MeetingGrain
{
    public async Task<Guid> OpenMinutes(Actor actor)
    {
        await Authorize(actor, MeetingRole.Observer);
        var events = new List<MeetingEvent>();
        var document = await EnsureMinutesDocument(events);
        await Publish(events);
        return document.GetPrimaryKey();
    }

    public Task<RosterEntry> AuthorizeMinutesEdit(Actor actor)
    {
        // During the meeting everyone taking part writes the notes; afterwards the facilitators finish and correct them.
        var entry = Usable(Find(actor));
        var needed = Details.Phase == MeetingPhase.Ended ? MeetingRole.Facilitator : MeetingRole.Participant;
        if (entry.Role < needed)
        {
            throw new DomainException(entry.Role >= MeetingRole.Participant ? ErrorCodes.MeetingEnded : ErrorCodes.Forbidden);
        }

        if (entry.Muted && entry.Role < MeetingRole.Facilitator)
        {
            throw new DomainException(ErrorCodes.ParticipantMuted);
        }

        return Task.FromResult(entry);
    }

    public async Task<MinutesView> GetMinutes(Actor actor, int? version)
    {
        await Authorize(actor, MeetingRole.Participant);
        if (version is not { } number)
        {
            var events = new List<MeetingEvent>();
            var content = await ComposeMinutes(time.GetUtcNow(), events);
            await Publish(events);
            return new MinutesView(content, null);
        }

        var approved = state.State.Minutes.Versions.Find(v => v.Number == number) ?? throw new DomainException(ErrorCodes.MinutesVersionUnknown);
        return new MinutesView(approved.Content, Info(approved));
    }

    public Task<IReadOnlyList<ActionItem>> GetActionItems()
    {
        _ = Details;
        return Task.FromResult<IReadOnlyList<ActionItem>>([.. state.State.ActionItems]);
    }

    private async Task ApplyRecord(RosterEntry by, RecordCommand command, DateTimeOffset now, List<MeetingEvent> events)
    {
        var s = state.State;
        var agendaItems = s.Agenda.Items.Select(i => i.Id).ToHashSet();
        switch (command)
        {
            case AddActionItem c:
                SetActionItems(ActionItems.Add(s.ActionItems, c.Item, Guid.NewGuid(), Id, agendaItems, now), events);
                break;
            case UpdateActionItem c:
                SetActionItems(ActionItems.Update(s.ActionItems, c.ItemId, c.Item, agendaItems, now), events);
                break;
            case SetActionItemStatus c:
                SetActionItems(ActionItems.SetStatus(s.ActionItems, c.ItemId, c.Status, now), events);
                break;
            case RemoveActionItem c:
                SetActionItems(ActionItems.Remove(s.ActionItems, c.ItemId, Id), events);
                break;
            case CarryOverActionItems:
                await CarryOver(events);
                break;
            case SetMinutesFooter c:
                s.Minutes.Footer = new MinutesFooter(TextRules.OptionalName(c.Footer?.RecordedBy), TextRules.OptionalName(c.Footer?.SignedAt));
                events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
                break;
            case ApproveMinutes:
                var content = await ComposeMinutes(now, events);
                s.Minutes.Versions.Add(new MinutesVersion(s.Minutes.Versions.Count + 1, now, by.ParticipantId, by.DisplayName, content));
                events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
                break;
        }
    }

    /// <summary>Brings in the previous meeting's open tasks that are not here yet (an event only if any came).</summary>
    private async Task CarryOver(List<MeetingEvent> events)
    {
        if (state.State.PreviousMeetingId is not { } previousId)
        {
            return;
        }

        var previous = await GrainFactory.GetGrain<IMeetingGrain>(previousId).GetActionItems();
        var merged = ActionItems.CarryOver(state.State.ActionItems, previous);
        if (merged.Count != state.State.ActionItems.Count)
        {
            SetActionItems(merged, events);
        }
    }

    private void SetActionItems(List<ActionItem> items, List<MeetingEvent> events)
    {
        state.State.ActionItems = items;
        events.Add(new ActionItemsChanged(Id, 0, [.. items]));
    }

    /// <summary>
    /// A changed agenda, once the minutes (if there are any yet) have a section for each of its items: the sections
    /// exist before anyone hears of the item, and a refusal leaves the agenda as it was.
    /// </summary>
    private async Task<Agenda> WithMinutesSections(Agenda agenda)
    {
        if (state.State.Minutes.DocumentId is { } documentId)
        {
            await GrainFactory.GetGrain<IVisionDocumentGrain>(documentId).EnsureSections(Sections(agenda));
        }

        return agenda;
    }

    private static List<VisionSection> Sections(Agenda agenda) => [.. agenda.Items.Select(i => new VisionSection(i.Id, i.Title, ""))];

    /// <summary>
    /// The notes document, created on first use with a section for every agenda item; afterwards the agenda
    /// commands keep its sections in step (<see cref="WithMinutesSections"/>).
    /// </summary>
    private async Task<IVisionDocumentGrain> EnsureMinutesDocument(List<MeetingEvent> events)
    {
        var minutes = state.State.Minutes;
        if (minutes.DocumentId is { } documentId)
        {
            return GrainFactory.GetGrain<IVisionDocumentGrain>(documentId);
        }

        var document = GrainFactory.GetGrain<IVisionDocumentGrain>(Guid.NewGuid());
        await document.Create(Details.WorkingGroupId, new VisionDocumentDraft(Details.Title, []));
        await document.EnsureSections(Sections(state.State.Agenda));
        minutes.DocumentId = document.GetPrimaryKey();
        events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
        return document;
    }

    private async Task<MinutesContent> ComposeMinutes(DateTimeOffset now, List<MeetingEvent> events)
    {
        var notes = (await (await EnsureMinutesDocument(events)).Get()).Sections.ToDictionary(s => s.Id, s => s.Text);
        var group = await GrainFactory.GetGrain<IWorkingGroupGrain>(Details.WorkingGroupId).Get();
        IReadOnlyList<MinutesArea> areas = Details.VisionDocumentId is { } visionId
            ? [.. (await GrainFactory.GetGrain<IVisionDocumentGrain>(visionId).Get()).Sections.Select(s => new MinutesArea(s.Id, s.Heading))]
            : [];
        var s = state.State;
        return MinutesComposer.Compose(
            new MinutesSources(Details, group.Name, s.Roster, _presence.Present.ToHashSet(), s.Agenda, [.. s.Polls.Select(View)],
                s.Board.Rankings, s.ActionItems, notes, areas, s.Minutes.Footer, group.Schedule),
            now);
    }

    private MinutesInfo MinutesInfo() => new(
        state.State.Minutes.DocumentId,
        state.State.Minutes.Footer,
        [.. state.State.Minutes.Versions.Select(Info)]);

    private static MinutesVersionInfo Info(MinutesVersion v) => new(v.Number, v.ApprovedAt, v.ApprovedByName);
}
