using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Records;

/// <summary>The meeting's record (<see cref="IMeetingRecordsGrain"/>): tasks and their carry-over, the notes, approved minutes.</summary>
public sealed class MeetingRecordsGrain(
    [PersistentState("records", GrainStorage.Name)] IPersistentState<MeetingRecordsState> state,
    [FromKeyedServices(GrainStorage.Name)] IGrainStorage storage,
    TimeProvider time) : Grain, IMeetingRecordsGrain
{
    private Guid Id => this.GetPrimaryKey();

    private MinutesState Minutes => state.State.Minutes;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!state.RecordExists && await LegacyMeetingRecords.ReadAsync(storage, GrainFactory, Id) is { } legacy)
        {
            state.State = legacy;
            await state.WriteStateAsync();
        }
    }

    public Task TakeOver() => Task.CompletedTask; // activating did it

    public async Task Create(Guid? previousMeetingId)
    {
        state.State.PreviousMeetingId = previousMeetingId;
        state.State.CarriedOver = previousMeetingId is null;
        await state.WriteStateAsync();
    }

    public async Task<MeetingRecords> Get()
    {
        await FirstCarryOver();
        return new MeetingRecords([.. state.State.ActionItems], MinutesInfo());
    }

    public async Task<IReadOnlyList<ActionItem>> GetActionItems()
    {
        await FirstCarryOver();
        return [.. state.State.ActionItems];
    }

    public async Task<IReadOnlyList<MeetingEvent>> CarryOver()
    {
        var events = new List<MeetingEvent>();
        await CarryOver(events);
        await WriteIf(events);
        return events;
    }

    public async Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, RecordCommand command, Agenda agenda, MinutesInputs? minutes)
    {
        await FirstCarryOver();
        var s = state.State;
        var now = time.GetUtcNow();
        var agendaItems = agenda.Items.Select(i => i.Id).ToHashSet();
        var events = new List<MeetingEvent>();
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
                Minutes.Footer = new MinutesFooter(TextRules.OptionalName(c.Footer?.RecordedBy), TextRules.OptionalName(c.Footer?.SignedAt), c.Footer?.WrittenOn);
                events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
                break;
            case SetMinutesItemContinues c:
                if (!agendaItems.Contains(c.AgendaItemId))
                {
                    throw new DomainException(ErrorCodes.NotFound, "agenda item");
                }

                if (c.Continues ? s.ContinuingItems.Add(c.AgendaItemId) : s.ContinuingItems.Remove(c.AgendaItemId))
                {
                    events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
                }

                break;
            case SyncNotedTasks:
                await SyncTasks(minutes ?? throw new ArgumentNullException(nameof(minutes)), now, events);
                break;
            case ApproveMinutes:
                // Minutes are dated the day they were written; unless the recorder said otherwise, the day they are approved.
                Minutes.Footer = Minutes.Footer with { WrittenOn = Minutes.Footer.WrittenOn ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, PragueTime.Zone).DateTime) };
                var content = await Compose(minutes ?? throw new ArgumentNullException(nameof(minutes)), now, events);
                Minutes.Versions.Add(new MinutesVersion(Minutes.Versions.Count + 1, now, by.ParticipantId, by.DisplayName, content));
                events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
                break;
        }

        await WriteIf(events);
        return events;
    }

    public async Task EnsureSections(Agenda agenda)
    {
        if (Minutes.DocumentId is { } documentId)
        {
            await GrainFactory.GetGrain<IVisionDocumentGrain>(documentId).EnsureSections(Sections(agenda));
        }
    }

    public async Task<MinutesOpened> OpenMinutes(MinutesInputs meeting)
    {
        var events = new List<MeetingEvent>();
        var document = await EnsureDocument(meeting, events);
        await WriteIf(events);
        return new MinutesOpened(document.GetPrimaryKey(), events);
    }

    public async Task<MinutesRead> GetMinutes(int? version, MinutesInputs? meeting)
    {
        if (version is { } number)
        {
            var approved = Minutes.Versions.Find(v => v.Number == number) ?? throw new DomainException(ErrorCodes.MinutesVersionUnknown);
            return new MinutesRead(new MinutesView(approved.Content, Info(approved)), []);
        }

        await FirstCarryOver();
        var events = new List<MeetingEvent>();
        var content = await Compose(meeting ?? throw new ArgumentNullException(nameof(meeting)), time.GetUtcNow(), events);
        await WriteIf(events);
        return new MinutesRead(new MinutesView(content, null), events);
    }

    /// <summary>The carry-over due since the meeting was created (its working group waited for the creation, so not then).</summary>
    private async Task FirstCarryOver()
    {
        if (!state.State.CarriedOver)
        {
            await CarryOver([]);
            state.State.CarriedOver = true;
            await state.WriteStateAsync();
        }
    }

    /// <summary>Brings in the previous meeting's open tasks that are not here yet (an event only if any came).</summary>
    private async Task CarryOver(List<MeetingEvent> events)
    {
        if (state.State.PreviousMeetingId is not { } previousId)
        {
            return;
        }

        var previous = await GrainFactory.GetGrain<IMeetingRecordsGrain>(previousId).GetActionItems();
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

    private static List<VisionSection> Sections(Agenda agenda) => [.. agenda.Items.Select(i => new VisionSection(i.Id, i.Title, ""))];

    /// <summary>
    /// The notes document, created on first use with a section for every agenda item; afterwards the agenda
    /// commands keep its sections in step (<see cref="EnsureSections"/>).
    /// </summary>
    private async Task<IVisionDocumentGrain> EnsureDocument(MinutesInputs meeting, List<MeetingEvent> events)
    {
        if (Minutes.DocumentId is { } documentId)
        {
            return GrainFactory.GetGrain<IVisionDocumentGrain>(documentId);
        }

        var document = GrainFactory.GetGrain<IVisionDocumentGrain>(Guid.NewGuid());
        await document.Create(meeting.Details.WorkingGroupId, new VisionDocumentDraft(meeting.Details.Title, []));
        await document.EnsureSections(Sections(meeting.Agenda));
        Minutes.DocumentId = document.GetPrimaryKey();
        events.Add(new MinutesChanged(Id, 0, MinutesInfo()));
        return document;
    }

    /// <summary>
    /// The minutes from the meeting's inputs, the notes, the tasks and the group's form. Tasks typed in the notes are
    /// made tasks first (<see cref="NotedTasks"/>: idempotent, an event only when they changed).
    /// </summary>
    private async Task<MinutesContent> Compose(MinutesInputs meeting, DateTimeOffset now, List<MeetingEvent> events)
    {
        var notes = await SyncTasks(meeting, now, events);
        var form = await GrainFactory.GetGrain<IRecordFormGrain>(meeting.Details.WorkingGroupId).Get();
        IReadOnlyList<MinutesArea> areas = meeting.Details.VisionDocumentId is { } visionId
            ? [.. (await GrainFactory.GetGrain<IVisionDocumentGrain>(visionId).Get()).Sections.Select(s => new MinutesArea(s.Id, s.Heading))]
            : [];
        return MinutesComposer.Compose(
            new MinutesSources(meeting.Details, meeting.GroupName, meeting.Roster ?? [], (meeting.Connected ?? []).ToHashSet(), meeting.Agenda,
                meeting.Polls ?? [], meeting.Rankings ?? [], state.State.ActionItems, notes, areas, Minutes.Footer, meeting.Schedule ?? [],
                state.State.ContinuingItems, form, meeting.Questions, meeting.WordCloud),
            now);
    }

    /// <summary>The notes per agenda item, with the tasks typed in them made tasks (an event only when they changed).</summary>
    private async Task<Dictionary<Guid, string>> SyncTasks(MinutesInputs meeting, DateTimeOffset now, List<MeetingEvent> events)
    {
        var notes = (await (await EnsureDocument(meeting, events)).Get()).Sections.ToDictionary(s => s.Id, s => s.Text);
        var meetingDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meeting.Details.StartsAt, PragueTime.Zone).DateTime);
        var synced = NotedTasks.Sync(state.State.ActionItems, notes, meeting.Agenda.Items.Select(i => i.Id), Id, meetingDate, now);
        if (!synced.SequenceEqual(state.State.ActionItems))
        {
            SetActionItems(synced, events);
        }

        return notes;
    }

    private async Task WriteIf(List<MeetingEvent> events)
    {
        if (events.Count > 0)
        {
            await state.WriteStateAsync();
        }
    }

    private MinutesInfo MinutesInfo() => new(Minutes.DocumentId, Minutes.Footer, [.. Minutes.Versions.Select(Info)], [.. state.State.ContinuingItems]);

    private static MinutesVersionInfo Info(MinutesVersion v) => new(v.Number, v.ApprovedAt, v.ApprovedByName);
}
