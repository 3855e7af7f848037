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

    private Guid Id => this.GetPrimaryKey();

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
            ManagerAccountId = organizer,
            ManagerName = actor.DisplayName,
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IWorkingGroupDirectoryGrain>(0)
            .Register(new WorkingGroupSummary(Id, state.State.Name, state.State.TargetGroup));
        return Details();
    }

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

        state.State.Members.Add(new GroupMember(
            TextRules.Name(member.Name),
            TextRules.OptionalName(member.Organization)));
        await state.WriteStateAsync();
        return Details();
    }

    public async Task<WorkingGroupDetails> SetSchedule(Actor actor, IReadOnlyList<PlannedMeeting> schedule)
    {
        RequireManager(actor);
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
        var organizer = RequireOrganizer(actor);
        RequireExists();
        if (draft.VisionDocumentId is { } documentId && !state.State.VisionDocumentIds.Contains(documentId))
        {
            throw new DomainException(ErrorCodes.NotFound, "vision document of this working group");
        }

        var startsAt = PragueTime.FromLocal(draft.StartsAt);
        var creation = new MeetingCreation(
            Id,
            TextRules.Name(draft.Title),
            startsAt,
            TextRules.OptionalName(draft.Place, TextRules.PlaceMaxLength),
            OnlineUrl(draft.OnlineUrl),
            organizer,
            actor.DisplayName,
            draft.VisionDocumentId,
            PreviousMeeting(startsAt));

        var meetingId = Guid.NewGuid();
        var meeting = await GrainFactory.GetGrain<IMeetingGrain>(meetingId).Create(creation);
        state.State.MeetingIds.Add(meetingId);
        state.State.MeetingStarts[meetingId] = startsAt;
        await state.WriteStateAsync();
        return meeting;
    }

    public async Task<VisionDocumentDetails> CreateVisionDocument(Actor actor, VisionDocumentDraft draft)
    {
        RequireOrganizer(actor);
        RequireExists();
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

    private static string? OnlineUrl(string? value)
    {
        var url = TextRules.OptionalName(value, TextRules.PlaceMaxLength);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            throw new DomainException(ErrorCodes.InvalidValue, "online URL must be an absolute http(s) address");
        }

        return url;
    }

    private static Guid RequireOrganizer(Actor actor) =>
        actor.AccountId ?? throw new DomainException(ErrorCodes.Forbidden);

    private void RequireManager(Actor actor)
    {
        RequireOrganizer(actor);
        RequireExists();
        if (actor.AccountId != state.State.ManagerAccountId && !actor.IsAdministrator)
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }
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
            Id, s.Name, s.TargetGroup, s.Description, s.ManagerAccountId, s.ManagerName,
            [.. s.Members], [.. s.MeetingIds], [.. s.VisionDocumentIds], [.. s.Schedule], [.. s.PlanIds]);
    }
}
