using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;

namespace CommunityPlanning.WorkingGroups;

public sealed class WorkingGroupGrain(
    [PersistentState("workinggroup", GrainStorage.Name)] IPersistentState<WorkingGroupState> state) : Grain, IWorkingGroupGrain
{
    public const int MaxMembers = 500;
    public const int MaxScheduleEntries = 100;
    public const int MaxPlans = 100;
    public const int MaxManagers = 50;

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.RecordExists && state.State.Managers.Count == 0 && state.State.LegacyManagerAccountId != Guid.Empty)
        {
            state.State.Managers.Add(new GroupManager(state.State.LegacyManagerAccountId, state.State.LegacyManagerName));
            state.State.LegacyManagerAccountId = Guid.Empty;
        }

        // Members added before they had an id get one (kept once the group is next written).
        state.State.Members = [.. state.State.Members.Select(m => m.Id is null ? m with { Id = Guid.NewGuid() } : m)];

        return Task.CompletedTask;
    }

    public async Task<WorkingGroupDetails> Create(Actor actor, WorkingGroupDraft draft)
    {
        var organizer = RequireOrganizer(actor);
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State = new WorkingGroupState
        {
            Name = TextRules.Name(draft.Name),
            TargetGroup = TextRules.Defined(draft.TargetGroup),
            Description = TextRules.OptionalName(draft.Description, TextRules.PlaceMaxLength),
            Managers = [new GroupManager(organizer, actor.DisplayName)],
        };
        await state.WriteStateAsync();
        await RegisterInDirectory();
        return Details();
    }

    public async Task<WorkingGroupDetails> SetManagers(Actor actor, IReadOnlyList<GroupManager> managers)
    {
        RequireExists();
        if (!actor.IsAdministrator || actor.AccountId is null)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        if (managers.Count > MaxManagers)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxManagers} managers");
        }

        var next = managers
            .DistinctBy(m => m.AccountId)
            .Select(m => new GroupManager(m.AccountId, TextRules.Name(m.DisplayName)))
            .ToList();
        var kept = next.Select(m => m.AccountId).ToHashSet();
        var gone = state.State.Managers.Where(m => !kept.Contains(m.AccountId)).Select(m => m.AccountId).ToList();
        state.State.Managers = next;
        await state.WriteStateAsync();
        await RegisterInDirectory();
        // Told, not awaited (one-way): a meeting may be waiting for this group right now (IsManager, its minutes, an
        // import), so waiting for it here would be a call cycle.
        foreach (var meetingId in state.State.MeetingIds)
        {
            foreach (var accountId in gone)
            {
                GrainFactory.GetGrain<IMeetingGrain>(meetingId).EndOrganizerAccess(accountId).Ignore();
            }
        }

        return Details();
    }

    public Task<bool> IsManager(Guid accountId) =>
        Task.FromResult(state.RecordExists && state.State.Managers.Exists(m => m.AccountId == accountId));

    public Task<bool> HasMeeting(Guid meetingId) =>
        Task.FromResult(state.RecordExists && state.State.MeetingIds.Contains(meetingId));

    private Task RegisterInDirectory() =>
        GrainFactory.GetGrain<IWorkingGroupDirectoryGrain>(0).Register(
            new WorkingGroupSummary(Id, state.State.Name, state.State.TargetGroup), [.. state.State.Managers.Select(m => m.AccountId)]);

    public Task<WorkingGroupDetails> Get()
    {
        RequireExists();
        return Task.FromResult(Details());
    }

    public async Task<WorkingGroupDetails> AddMember(Actor actor, GroupMember member)
    {
        RequireManager(actor);
        if (state.State.Members.Count >= MaxMembers)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxMembers} members");
        }

        state.State.Members.Add(MemberRules.Validated(member, Guid.NewGuid()));
        await state.WriteStateAsync();
        return Details();
    }

    public async Task<WorkingGroupDetails> UpdateMember(Actor actor, Guid memberId, GroupMember member)
    {
        RequireManager(actor);
        var index = state.State.Members.FindIndex(m => m.Id == memberId);
        if (index < 0)
        {
            throw new DomainException(ErrorCodes.NotFound, "member");
        }

        state.State.Members[index] = MemberRules.Validated(member, memberId);
        await state.WriteStateAsync();
        return Details();
    }

    public async Task<WorkingGroupDetails> SetSchedule(Actor actor, IReadOnlyList<PlannedMeeting> schedule)
    {
        RequireManager(actor);
        return await StoreSchedule(schedule);
    }

    public async Task<WorkingGroupDetails> AddPlannedMeeting(Actor actor, PlannedMeeting planned)
    {
        RequireManager(actor);
        return await AddToSchedule(planned);
    }

    public async Task<WorkingGroupDetails> AddPlannedMeetingOf(Guid meetingId, PlannedMeeting planned)
    {
        RequireExists();
        return state.State.MeetingIds.Contains(meetingId) ? await AddToSchedule(planned) : throw new DomainException(ErrorCodes.Forbidden);
    }

    private async Task<WorkingGroupDetails> AddToSchedule(PlannedMeeting planned) =>
        state.State.Schedule.Exists(p => p.Date == planned.Date && p.Time == planned.Time) ? Details() : await StoreSchedule([.. state.State.Schedule, planned]);

    private async Task<WorkingGroupDetails> StoreSchedule(IReadOnlyList<PlannedMeeting> schedule)
    {
        if (schedule.Count > MaxScheduleEntries)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxScheduleEntries} planned meetings");
        }

        state.State.Schedule =
        [
            .. schedule
                .Select(p => p with { Place = TextRules.OptionalName(p.Place, TextRules.PlaceMaxLength) })
                .OrderBy(p => p.Date).ThenBy(p => p.Time),
        ];
        await state.WriteStateAsync();
        return Details();
    }

    public async Task<string> RenewCalendarFeed(Actor actor)
    {
        RequireManager(actor);
        var token = InviteTokens.Create();
        var hash = InviteTokens.Hash(token);
        // The new link works before it is shown; the old one stops once the new one is stored.
        await GrainFactory.GetGrain<ICalendarFeedGrain>(hash).Register(this.GetPrimaryKey());
        var previous = state.State.CalendarFeedHash;
        state.State.CalendarFeedHash = hash;
        await state.WriteStateAsync();
        if (previous is not null)
        {
            await GrainFactory.GetGrain<ICalendarFeedGrain>(previous).Revoke();
        }

        return token;
    }

    public async Task<MeetingDetails> CreateMeeting(Actor actor, MeetingDraft draft)
    {
        var organizer = RequireManager(actor);
        if (draft.VisionDocumentId is { } documentId && !state.State.VisionDocumentIds.Contains(documentId))
        {
            throw new DomainException(ErrorCodes.NotFound, "vision document of this working group");
        }

        var startsAt = PragueTime.FromLocal(draft.TimeUnknown ? draft.StartsAt.Date : draft.StartsAt);
        var creation = new MeetingCreation(
            Id,
            TextRules.Name(draft.Title),
            startsAt,
            TextRules.OptionalName(draft.Place, TextRules.PlaceMaxLength),
            VideoCallRules.Validate(draft.OnlineUrl),
            organizer,
            actor.DisplayName,
            draft.VisionDocumentId,
            PreviousMeeting(startsAt),
            draft.TimeUnknown);

        var meetingId = Guid.NewGuid();
        var meeting = await GrainFactory.GetGrain<IMeetingGrain>(meetingId).Create(creation);
        state.State.MeetingIds.Add(meetingId);
        state.State.MeetingStarts[meetingId] = startsAt;
        await state.WriteStateAsync();
        return meeting;
    }

    public async Task<VisionDocumentDetails> CreateVisionDocument(Actor actor, VisionDocumentDraft draft)
    {
        RequireManager(actor);
        var valid = VisionDocumentRules.Validate(draft);
        var documentId = Guid.NewGuid();
        var document = await GrainFactory.GetGrain<IVisionDocumentGrain>(documentId).Create(Id, valid);
        state.State.VisionDocumentIds.Add(documentId);
        await state.WriteStateAsync();
        return document;
    }

    /// <summary>The group's latest meeting that starts before the given time (open tasks carry over from it).</summary>
    private Guid? PreviousMeeting(DateTimeOffset startsAt) =>
        state.State.MeetingStarts.Where(m => m.Value < startsAt).OrderByDescending(m => m.Value).Select(m => (Guid?)m.Key).FirstOrDefault();

    public async Task<PlanView> CreatePlan(Actor actor, PlanDraft draft)
    {
        RequireManager(actor);
        if (state.State.PlanIds.Count >= MaxPlans)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxPlans} plans");
        }

        var valid = PlanRules.Validate(draft);
        var planId = Guid.NewGuid();
        var plan = await GrainFactory.GetGrain<IPlanGrain>(planId).Create(Id, valid);
        state.State.PlanIds.Add(planId);
        await state.WriteStateAsync();
        return plan;
    }

    public Task AuthorizeManager(Actor actor)
    {
        RequireManager(actor);
        return Task.CompletedTask;
    }

    private static Guid RequireOrganizer(Actor actor) =>
        actor.AccountId ?? throw new DomainException(ErrorCodes.Forbidden);

    private Guid RequireManager(Actor actor)
    {
        var organizer = RequireOrganizer(actor);
        RequireExists();
        if (!actor.IsAdministrator && !state.State.Managers.Exists(m => m.AccountId == organizer))
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }

        return organizer;
    }

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound);
        }
    }

    private WorkingGroupDetails Details()
    {
        var s = state.State;
        return new WorkingGroupDetails(
            Id, s.Name, s.TargetGroup, s.Description, [.. s.Managers],
            [.. s.Members], [.. s.MeetingIds], [.. s.VisionDocumentIds], [.. s.Schedule], [.. s.PlanIds]);
    }
}
