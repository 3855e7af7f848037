using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>A meeting's questions from the audience (<see cref="IMeetingQuestionsGrain"/>), its rules in <see cref="QuestionRules"/>.</summary>
public sealed class MeetingQuestionsGrain(
    [PersistentState("questions", GrainStorage.Name)] IPersistentState<QuestionsState> state,
    TimeProvider time) : Grain, IMeetingQuestionsGrain
{
    private readonly QuestionRateLimit _rate = new();

    private Guid Id => this.GetPrimaryKey();

    private QuestionsState Questions => state.State;

    private IMeetingRosterGrain Roster => GrainFactory.GetGrain<IMeetingRosterGrain>(Id);

    public async Task<QuestionsView> Get(Actor actor) =>
        QuestionRules.View(Questions, await Roster.Authorize(actor, MeetingRole.Observer));

    public async Task<QuestionView> Ask(Actor actor, QuestionDraft draft)
    {
        // Observers too; not after the end, not when muted.
        // Entered for someone: the person's question, under the person's rate limit.
        var by = await Roster.AuthorizeContribution(actor, MeetingRole.Observer);
        var onBehalf = await OnBehalfEntry.Resolve(Roster, by, draft?.OnBehalfOf);
        var asker = onBehalf is null ? by : await Roster.Member(onBehalf.ForId);
        var now = time.GetUtcNow();
        _rate.Check(asker.ParticipantId, now);
        var question = QuestionRules.Ask(Questions, asker, draft!, now, onBehalf, onBehalf is null ? null : by);
        _rate.Count(asker.ParticipantId, now);
        await Changed(onBehalf is null ? [] : [OnBehalfEntry.Recorded(onBehalf, ModerationAction.QuestionEnteredOnBehalf, now)]);
        return QuestionRules.View(question, by);
    }

    public async Task<QuestionView> Upvote(Actor actor, Guid questionId)
    {
        var by = await Roster.AuthorizeContribution(actor, MeetingRole.Observer);
        if (QuestionRules.Upvote(Questions, by, questionId))
        {
            await Changed();
        }

        return QuestionRules.View(Questions.Questions.First(q => q.Id == questionId), by);
    }

    public async Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command)
    {
        if (command is SetQuestionsInMinutes minutes)
        {
            if (by.Role != MeetingRole.Facilitator)
            {
                throw new DomainException(ErrorCodes.Forbidden);
            }

            Questions.InMinutes = minutes.Include;
        }
        else if (command is SetQuestionModerator named)
        {
            var entry = await Roster.Member(named.ParticipantId);
            if (entry.Role != MeetingRole.Participant)
            {
                throw new DomainException(ErrorCodes.InvalidValue, "participant");
            }

            Questions.Moderators.Remove(entry.ParticipantId);
            if (named.Moderator)
            {
                Questions.Moderators.Add(entry.ParticipantId);
            }
        }
        else if (!QuestionRules.Moderates(Questions, by))
        {
            throw new DomainException(ErrorCodes.Forbidden);
        }
        else if (command is SetQuestionState set)
        {
            QuestionRules.SetState(Questions, set.QuestionId, set.State);
        }
        else if (command is MergeQuestions merge)
        {
            QuestionRules.Merge(Questions, merge.TargetId, merge.SourceId);
        }
        else
        {
            throw new ArgumentException($"not a question command: {command.GetType().Name}", nameof(command));
        }

        await state.WriteStateAsync();
        return [Broadcast()];
    }

    public async Task<IReadOnlyList<MeetingEvent>> MergeSeats(RosterEntry kept, Guid mergedId)
    {
        if (!QuestionSeats.Merge(Questions, kept, mergedId))
        {
            return [];
        }

        await state.WriteStateAsync();
        return [Broadcast()];
    }

    public Task<IReadOnlyList<QuestionView>?> ForMinutes() => Task.FromResult(QuestionRules.ForMinutes(Questions));

    public Task<bool> IsPublic(Guid questionId) => Task.FromResult(Questions.Questions.Any(q => q.Id == questionId && q.IsPublic));

    /// <summary>
    /// Writes, keeps <paramref name="records"/> in the moderation log, then tells everyone what everyone may see (no
    /// pending or hidden text, no author of it).
    /// </summary>
    private async Task Changed(IReadOnlyList<ModerationRecord>? records = null)
    {
        await state.WriteStateAsync();
        var recorded = records is { Count: > 0 } ? await GrainFactory.GetGrain<IModerationLogGrain>(Id).Record(records) : [];
        await GrainFactory.GetGrain<IMeetingFeedGrain>(Id).Publish([Broadcast(), .. recorded]);
    }

    private QuestionsChanged Broadcast() => new(Id, 0, QuestionRules.View(Questions, viewer: null));
}
