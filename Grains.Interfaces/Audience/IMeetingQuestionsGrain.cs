using CommunityPlanning.Common;
using CommunityPlanning.Meetings;

namespace CommunityPlanning.Audience;

/// <summary>
/// A meeting's questions from the audience (same key as the meeting). Asking, upvoting and reading come straight from
/// the hub (observers may, so they are not meeting commands): the grain has the roster authorize the caller and
/// publishes through the feed itself. Moderation comes as meeting commands through the meeting, which has authorized
/// the caller. It calls the roster and the feed only, never the meeting, so no call comes back to it.
/// </summary>
[Alias("cp.IMeetingQuestionsGrain")]
public interface IMeetingQuestionsGrain : IGrainWithGuidKey
{
    /// <summary>The questions as the actor may see them.</summary>
    [Alias("Get")]
    Task<QuestionsView> Get(Actor actor);

    /// <summary>A new question (pending until released); refused with <c>question.rate_limited</c>, <c>questions.busy</c>, <c>questions.full</c>, <c>validation.too_long</c> …</summary>
    [Alias("Ask")]
    Task<QuestionView> Ask(Actor actor, QuestionDraft draft);

    /// <summary>One vote per person on a released or answered question; again changes nothing; one's own: <c>question.own</c>.</summary>
    [Alias("Upvote")]
    Task<QuestionView> Upvote(Actor actor, Guid questionId);

    /// <summary>A moderation command by <paramref name="by"/> (authorized by the meeting as a participant at least).</summary>
    [Alias("Apply")]
    Task<IReadOnlyList<MeetingEvent>> Apply(RosterEntry by, MeetingCommand command);

    /// <summary>Whether everyone may see the question (released or answered): what the room screen may show.</summary>
    [Alias("IsPublic")]
    Task<bool> IsPublic(Guid questionId);

    /// <summary>
    /// Two seats become one (the roster asks, once the seats are checked): the merged seat's questions and upvotes are
    /// the kept seat's, and on-behalf markers naming it name the kept seat. The event to tell everyone, if anything changed.
    /// </summary>
    [Alias("MergeSeats")]
    Task<IReadOnlyList<MeetingEvent>> MergeSeats(RosterEntry kept, Guid mergedId);

    /// <summary>The released and answered questions as the public sees them, most votes first, when the facilitator put them into the minutes (else null).</summary>
    [Alias("ForMinutes")]
    Task<IReadOnlyList<QuestionView>?> ForMinutes();
}
