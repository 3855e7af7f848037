using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Intentions;

public sealed class IntentionCallGrain(
    [PersistentState("intention-call", GrainStorage.Name)] IPersistentState<IntentionCallState> state,
    TimeProvider time) : Grain, IIntentionCallGrain
{
    public const int MaxGroups = 30;
    public const int MaxIntentions = 1000;

    private Guid Id => this.GetPrimaryKey();

    public async Task<IntentionCallView> Open(Actor actor, IntentionCallDraft draft)
    {
        IntentionAccess.RequireAdministrator(actor);
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        var title = TextRules.Name(draft.Title, TextRules.TitleMaxLength);
        if (draft.Year is < 2000 or > 2100)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "year");
        }

        var groupIds = (draft.WorkingGroupIds ?? []).Distinct().ToList();
        if (groupIds.Count is 0 or > MaxGroups)
        {
            throw new DomainException(groupIds.Count == 0 ? ErrorCodes.Required : ErrorCodes.TooLong, "working groups");
        }

        var deadline = PragueTime.FromLocal(draft.DeadlineLocal);
        var groups = await Task.WhenAll(groupIds.Select(g => GrainFactory.GetGrain<IWorkingGroupGrain>(g).Get()));
        // The steering group's meeting must exist; a meeting calls intentions, never calls, so reading it is one-way.
        await GrainFactory.GetGrain<IMeetingGrain>(draft.SteeringMeetingId).GetDetails();

        state.State = new IntentionCallState
        {
            Year = draft.Year,
            Title = title,
            Deadline = deadline,
            WorkingGroups = [.. groups.Select(g => new CallGroup(g.Id, g.Name))],
            SteeringMeetingId = draft.SteeringMeetingId,
            OpenedAt = time.GetUtcNow(),
        };
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IIntentionCallDirectoryGrain>(0).Put(View());
        return View();
    }

    public Task<IntentionCallView> Get()
    {
        RequireExists();
        return Task.FromResult(View());
    }

    public async Task<IntentionCallView> Close(Actor actor)
    {
        IntentionAccess.RequireAdministrator(actor);
        RequireExists();
        if (state.State.Closed)
        {
            return View();
        }

        state.State.Closed = true;
        await state.WriteStateAsync();
        await Task.WhenAll(state.State.IntentionIds.Select(i => GrainFactory.GetGrain<IIntentionGrain>(i).CallClosed(Terms())));
        await GrainFactory.GetGrain<IIntentionCallDirectoryGrain>(0).Put(View());
        return View();
    }

    public async Task<IssuedSubmissionLink> AddIntention(Actor actor)
    {
        IntentionAccess.RequireAdministrator(actor);
        RequireExists();
        if (state.State.Closed)
        {
            throw new DomainException(IntentionErrorCodes.CallClosed);
        }

        if (state.State.IntentionIds.Count >= MaxIntentions)
        {
            throw new DomainException(ErrorCodes.TooLong, $"at most {MaxIntentions} intentions");
        }

        // The intention first: a list never names an intention that does not exist.
        var id = Guid.NewGuid();
        var link = await GrainFactory.GetGrain<IIntentionGrain>(id).Create(actor, Id, Terms());
        state.State.IntentionIds.Add(id);
        await state.WriteStateAsync();
        return link;
    }

    private CallTerms Terms() => new(state.State.Year, state.State.Title, state.State.Deadline, state.State.WorkingGroups,
        state.State.SteeringMeetingId, state.State.Closed);

    private IntentionCallView View() => new(Id, state.State.Year, state.State.Title, state.State.Deadline, state.State.WorkingGroups,
        state.State.SteeringMeetingId, state.State.Closed, state.State.OpenedAt, [.. state.State.IntentionIds]);

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, "call");
        }
    }
}

[GenerateSerializer, Alias("cp.IntentionCallState")]
public sealed class IntentionCallState
{
    [Id(0)] public int Year { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public DateTimeOffset Deadline { get; set; }
    [Id(3)] public List<CallGroup> WorkingGroups { get; set; } = [];
    [Id(4)] public Guid SteeringMeetingId { get; set; }
    [Id(5)] public bool Closed { get; set; }
    [Id(6)] public DateTimeOffset OpenedAt { get; set; }
    [Id(7)] public List<Guid> IntentionIds { get; set; } = [];
}
