using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using static CommunityPlanning.Intentions.IntentionSteps;

namespace CommunityPlanning.Intentions;

/// <summary>
/// One development intention (<see cref="IIntentionGrain"/>): the steps check the state first, then who asks, then
/// the input; the state is written before the call returns, with an entry of the audit trail for every change.
/// Meetings' votes are recorded by <see cref="IntentionVoteSteps"/>, attachments kept by <see cref="IntentionFiles"/>.
/// </summary>
public sealed class IntentionGrain(
    [PersistentState("intention", GrainStorage.Name)] IPersistentState<StoredIntention> state,
    TimeProvider time) : Grain, IIntentionGrain
{
    public const int ReturnNoteMaxLength = 4000;
    public const int StatementMaxLength = 20_000;

    private Guid Id => this.GetPrimaryKey();

    private StoredIntention S => state.State;

    private IntentionFiles Files => new(GrainFactory, S, time);

    public async Task<IssuedSubmissionLink> Create(Actor actor, Guid callId, CallTerms terms)
    {
        IntentionAccess.RequireAdministrator(actor);
        if (state.RecordExists)
        {
            throw new DomainException(ErrorCodes.AlreadyExists);
        }

        state.State = new StoredIntention { CallId = callId, Terms = terms, State = IntentionState.Draft };
        Log(actor, IntentionAction.Created, null);
        return await NewLink(actor);
    }

    public async Task CallClosed(CallTerms terms)
    {
        RequireExists();
        S.Terms = terms;
        Log(IntentionAction.CallClosed, HistoryActor.Call, S.CallId.ToString(), null, null);
        await state.WriteStateAsync();
    }

    public async Task<IntentionView> Get(Actor actor)
    {
        await AuthorizeReader(actor);
        return IntentionViews.Full(Id, S);
    }

    public Task<IntentionSummary> Summary()
    {
        RequireExists();
        return Task.FromResult(IntentionViews.Summary(Id, S));
    }

    public Task<PublicIntention?> Public()
    {
        RequireExists();
        return Task.FromResult(IntentionViews.Public(Id, S));
    }

    public Task<IssuedSubmissionLink> IssueLink(Actor actor)
    {
        RequireCoordinator(actor);
        return S.Terms.Closed ? throw new DomainException(IntentionErrorCodes.CallClosed) : NewLink(actor);
    }

    public async Task<IntentionView> RevokeLink(Actor actor)
    {
        RequireCoordinator(actor);
        if (S.LinkHash is not null)
        {
            S.LinkHash = null;
            Log(actor, IntentionAction.LinkRevoked, null);
            await state.WriteStateAsync();
        }

        return IntentionViews.Full(Id, S);
    }

    public Task<SubmissionView> GetSubmission(string linkHash)
    {
        RequireProvider(linkHash);
        return Task.FromResult(IntentionViews.Provider(Id, S));
    }

    public async Task<SubmissionView> SaveDraft(string linkHash, IntentionForm form)
    {
        RequireProvider(linkHash);
        Require(S.State, ProviderEdits);
        S.Form = IntentionFormChecks.Group(S.Terms, IntentionFormRules.Normalize(form));
        LogProvider(IntentionAction.DraftSaved, null);
        await state.WriteStateAsync();
        return IntentionViews.Provider(Id, S);
    }

    public async Task<SubmissionView> Submit(string linkHash, IntentionForm form)
    {
        RequireProvider(linkHash);
        Require(S.State, ProviderEdits);
        S.Form = await IntentionFormChecks.Submittable(GrainFactory, S, form, time.GetUtcNow());
        var first = S.State == IntentionState.Draft;
        S.State = IntentionState.Submitted;
        S.SubmittedAt = time.GetUtcNow();
        LogProvider(first ? IntentionAction.Submitted : IntentionAction.Resubmitted, null);
        await state.WriteStateAsync();
        return IntentionViews.Provider(Id, S);
    }

    public async Task<SubmissionView> AddAttachment(string linkHash, AttachmentUpload upload)
    {
        RequireProvider(linkHash);
        Require(S.State, ProviderEdits);
        var attachment = await Files.Add(upload, counted: true);
        S.Attachments.Add(attachment);
        LogProvider(IntentionAction.AttachmentAdded, attachment.FileName);
        await state.WriteStateAsync();
        return IntentionViews.Provider(Id, S);
    }

    public async Task<SubmissionView> RemoveAttachment(string linkHash, Guid attachmentId)
    {
        RequireProvider(linkHash);
        Require(S.State, ProviderEdits);
        var attachment = S.Attachments.Find(a => a.Id == attachmentId) ?? throw new DomainException(ErrorCodes.NotFound, "attachment");
        S.Attachments.Remove(attachment);
        LogProvider(IntentionAction.AttachmentRemoved, attachment.FileName);
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IIntentionAttachmentGrain>(attachmentId).Delete();
        return IntentionViews.Provider(Id, S);
    }

    public Task<AttachmentFile> ReadAttachment(string linkHash, Guid attachmentId)
    {
        RequireProvider(linkHash);
        return Files.Read(attachmentId, includeStatement: false);
    }

    public async Task<AttachmentFile> ReadAttachment(Actor actor, Guid attachmentId)
    {
        await AuthorizeReader(actor);
        return await Files.Read(attachmentId, includeStatement: true);
    }

    public Task<IntentionView> MarkComplete(Actor actor) => Step(actor, Completeness, IntentionAction.MarkedComplete, null, () =>
        S.State = IntentionState.Complete);

    public Task<IntentionView> ReturnForCompletion(Actor actor, string note)
    {
        var text = TextRules.MultilineText(note, ReturnNoteMaxLength).Trim();
        return text.Length == 0 ? throw new DomainException(ErrorCodes.Required, "note") : Step(actor, Return, IntentionAction.ReturnedForCompletion, text, () =>
        {
            S.State = IntentionState.ReturnedForCompletion;
            S.ReturnNote = text;
        });
    }

    public Task<IntentionView> AssignWorkingGroup(Actor actor, Guid workingGroupId)
    {
        var group = S.Terms?.WorkingGroups.FirstOrDefault(g => g.Id == workingGroupId);
        return Step(actor, Assignment, IntentionAction.AssignedToGroup, group?.Name, () =>
        {
            S.AssignedGroupId = group?.Id ?? throw new DomainException(IntentionErrorCodes.WrongGroup);
            S.State = IntentionState.InWorkingGroup;
        });
    }

    public Task<IntentionView> RecordStatement(Actor actor, StatementDraft statement)
    {
        var text = TextRules.MultilineText(statement.Text, StatementMaxLength).Trim();
        return text.Length == 0 ? throw new DomainException(ErrorCodes.Required, "statement") : Step(actor, IntentionSteps.Statement, IntentionAction.StatementRecorded,
            $"{statement.Date:yyyy-MM-dd}: {text}", () => S.Statement = new DepartmentStatement(text, statement.Date, S.Statement?.Attachment));
    }

    public async Task<IntentionView> AttachToStatement(Actor actor, AttachmentUpload upload)
    {
        RequireCoordinator(actor);
        Require(S.State, IntentionSteps.Statement);
        var statement = S.Statement ?? throw new DomainException(IntentionErrorCodes.InvalidTransition, "no statement yet");
        var attachment = await Files.Add(upload, counted: false);
        S.Statement = statement with { Attachment = attachment };
        Log(actor, IntentionAction.AttachmentAdded, attachment.FileName);
        await state.WriteStateAsync();
        return IntentionViews.Full(Id, S);
    }

    public Task<IntentionView> RecordOutcome(Actor actor, RegionOutcome outcome) =>
        Step(actor, IntentionSteps.Outcome, IntentionAction.OutcomeRecorded, TextRules.Defined(outcome).ToString(), () =>
        {
            S.Outcome = outcome;
            S.State = IntentionState.RegionDecided;
        });

    public Task<IntentionView> RecordRealisation(Actor actor, bool realised) =>
        Step(actor, Realisation, IntentionAction.RealisationRecorded, realised ? "realised" : "not realised", () =>
            S.State = realised ? IntentionState.Realised : IntentionState.NotRealised);

    public Task<IntentionSubject> GetSubject()
    {
        RequireExists();
        return Task.FromResult(new IntentionSubject(Id, S.CallId, S.Form.Provider.Name ?? "", S.Form.Provider.Ico ?? "", S.Form.Service.Name ?? "",
            S.WorkingGroupId ?? Guid.Empty));
    }

    public async Task RecordOpinion(IntentionVote vote)
    {
        RequireExists();
        if (await new IntentionVoteSteps(GrainFactory, S, Id).Opinion(vote) is { } entry)
        {
            Log(entry.Action, HistoryActor.Meeting, vote.MeetingId.ToString(), null, entry.Detail);
            await state.WriteStateAsync();
        }
    }

    public async Task RecordDecision(IntentionVote vote, SteeringDecision? decision)
    {
        RequireExists();
        if (new IntentionVoteSteps(GrainFactory, S, Id).Decision(vote, decision) is { } entry)
        {
            Log(entry.Action, HistoryActor.Meeting, vote.MeetingId.ToString(), null, entry.Detail);
            await state.WriteStateAsync();
        }
    }

    private async Task<IntentionView> Step(Actor actor, IntentionState[] from, IntentionAction action, string? detail, Action change)
    {
        RequireCoordinator(actor);
        Require(S.State, from);
        change();
        Log(actor, action, detail);
        await state.WriteStateAsync();
        return IntentionViews.Full(Id, S);
    }

    private async Task<IssuedSubmissionLink> NewLink(Actor actor)
    {
        var token = InviteTokens.Create();
        var hash = InviteTokens.Hash(token);
        await GrainFactory.GetGrain<ISubmissionLinkGrain>(hash).Register(Id);
        S.LinkHash = hash;
        Log(actor, IntentionAction.LinkIssued, null);
        await state.WriteStateAsync();
        return new IssuedSubmissionLink(Id, token);
    }

    private async Task AuthorizeReader(Actor actor)
    {
        RequireExists();
        await IntentionAccess.AuthorizeReader(GrainFactory, S, actor);
    }

    private void RequireCoordinator(Actor actor)
    {
        RequireExists();
        IntentionAccess.RequireAdministrator(actor);
    }

    private void RequireProvider(string linkHash)
    {
        RequireExists();
        IntentionAccess.RequireProvider(S, linkHash);
    }

    private void RequireExists()
    {
        if (!state.RecordExists)
        {
            throw new DomainException(ErrorCodes.NotFound, "intention");
        }
    }

    private void Log(Actor actor, IntentionAction action, string? detail) =>
        Log(action, HistoryActor.Organizer, actor.DisplayName, actor.AccountId, detail);

    private void LogProvider(IntentionAction action, string? detail) =>
        Log(action, HistoryActor.Provider, S.Form.Provider.ContactPerson ?? S.Form.Provider.Name ?? "", null, detail);

    private void Log(IntentionAction action, HistoryActor kind, string by, Guid? accountId, string? detail) =>
        S.History.Add(new IntentionHistoryEntry(time.GetUtcNow(), by, accountId, action, S.State, detail, kind));
}
