using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>The rules of a meeting's questions: who sees what, one vote per person, moderation and merging.</summary>
public static class QuestionRules
{
    public const int TextMaxLength = 300;

    /// <summary>Questions a meeting keeps at most (a long meeting's flood still ends somewhere).</summary>
    public const int MaxQuestions = 1000;

    public static bool Moderates(QuestionsState state, RosterEntry entry) =>
        entry.Role == MeetingRole.Facilitator || (entry.Role == MeetingRole.Participant && state.Moderators.Contains(entry.ParticipantId));

    /// <summary>What <paramref name="viewer"/> sees; null: what everyone sees (the broadcast), released and answered only.</summary>
    public static QuestionsView View(QuestionsState state, RosterEntry? viewer)
    {
        var moderator = viewer is not null && Moderates(state, viewer);
        var seen = state.Questions.Where(q => q.IsPublic || moderator || q.AuthorId == viewer?.ParticipantId);
        return new QuestionsView(
            [.. seen.Select(q => View(q, viewer))],
            state.Questions.Count(q => q.State == QuestionState.Pending),
            [.. state.Moderators],
            moderator,
            state.InMinutes);
    }

    /// <summary>The minutes' section: the public questions as everyone sees them (public names), most votes first, then oldest.</summary>
    public static IReadOnlyList<QuestionView>? ForMinutes(QuestionsState state) => !state.InMinutes ? null
        : [.. state.Questions.Where(q => q.IsPublic).OrderByDescending(q => q.Voters.Count).ThenBy(q => q.AskedAt).Select(q => View(q, viewer: null))];

    /// <summary>The public (a broadcast, an observer) sees the author as <see cref="StoredQuestion.PublicAuthorName"/>.</summary>
    public static QuestionView View(StoredQuestion q, RosterEntry? viewer)
    {
        var seenAsPublic = viewer is null || viewer.Role == MeetingRole.Observer;
        return new(q.Id, q.Text, seenAsPublic ? q.PublicAuthorName : q.AuthorName, q.State, q.Voters.Count, q.AskedAt,
            Voted: viewer is not null && q.Voters.Contains(viewer.ParticipantId),
            Mine: viewer is not null && q.AuthorId == viewer.ParticipantId,
            EnteredBy: q.OnBehalf is null ? null : seenAsPublic ? q.PublicEnteredBy ?? "" : q.OnBehalf.ByName);
    }

    /// <summary>
    /// A question of <paramref name="by"/>; with <paramref name="onBehalf"/> <paramref name="by"/> is the person it was
    /// entered for (<see cref="OnBehalfEntry"/>), <paramref name="enteredBy"/> the one who entered it.
    /// </summary>
    public static StoredQuestion Ask(QuestionsState state, RosterEntry by, QuestionDraft draft, DateTimeOffset now, OnBehalf? onBehalf = null, RosterEntry? enteredBy = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = TextRules.Name(draft.Text, TextMaxLength);
        if (state.Questions.Count >= MaxQuestions)
        {
            throw new DomainException(ErrorCodes.QuestionsFull);
        }

        var question = new StoredQuestion
        {
            Id = Guid.NewGuid(), Text = text, AuthorId = by.ParticipantId, AuthorName = draft.Named ? by.DisplayName : null,
            PublicAuthorName = draft.Named ? PublicAuthorName(by) : null, State = QuestionState.Pending, AskedAt = now,
            OnBehalf = onBehalf, PublicEnteredBy = enteredBy is null ? null : PublicView.Label(enteredBy),
        };
        state.Questions.Add(question);
        return question;
    }

    /// <summary>True when the vote is new; a second vote changes nothing.</summary>
    public static bool Upvote(QuestionsState state, RosterEntry by, Guid questionId)
    {
        var question = Find(state, questionId);
        if (!question.IsPublic)
        {
            throw new DomainException(ErrorCodes.NotFound, "question");
        }

        if (question.AuthorId == by.ParticipantId)
        {
            throw new DomainException(ErrorCodes.QuestionOwn);
        }

        if (question.Voters.Contains(by.ParticipantId))
        {
            return false;
        }

        question.Voters.Add(by.ParticipantId);
        return true;
    }

    public static void SetState(QuestionsState state, Guid questionId, QuestionState to)
    {
        if (TextRules.Defined(to) == QuestionState.Pending)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "state");
        }

        Find(state, questionId).State = to;
    }

    /// <summary>The source goes; its voters (and its author, unless that is the target's) vote for the target, once each.</summary>
    public static void Merge(QuestionsState state, Guid targetId, Guid sourceId)
    {
        if (targetId == sourceId)
        {
            throw new DomainException(ErrorCodes.InvalidValue, "source");
        }

        var target = Find(state, targetId);
        var source = Find(state, sourceId);
        var voters = source.Voters.Append(source.AuthorId).Where(v => v != target.AuthorId && !target.Voters.Contains(v)).Distinct();
        target.Voters.AddRange([.. voters]);
        state.Questions.Remove(source);
    }

    /// <summary>
    /// The name the public sees on a named question of <paramref name="by"/>: an observer's own, a participant's as they
    /// chose (one who shows the public neither name nor role asks anonymously as far as the public goes).
    /// </summary>
    public static string? PublicAuthorName(RosterEntry by) =>
        by.Role == MeetingRole.Observer ? by.DisplayName : PublicView.Label(by) is { Length: > 0 } label ? label : null;

    private static StoredQuestion Find(QuestionsState state, Guid questionId) =>
        state.Questions.Find(q => q.Id == questionId) ?? throw new DomainException(ErrorCodes.NotFound, "question");
}
