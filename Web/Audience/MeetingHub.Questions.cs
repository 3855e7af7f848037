using CommunityPlanning.Audience;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Questions from the audience (docs/protocol.md, "Questions from the audience"): asking, upvoting and reading are
/// open to observers, so they are hub methods of their own, not meeting commands (which observers never may send);
/// the questions grain has the roster authorize each call. Moderation goes through Execute.
/// </summary>
public sealed partial class MeetingHub
{
    public Task<QuestionsView> GetQuestions(Guid meetingId) =>
        grains.GetGrain<IMeetingQuestionsGrain>(meetingId).Get(ActorIn(meetingId));

    public Task<QuestionView> AskQuestion(Guid meetingId, QuestionDraft draft) =>
        grains.GetGrain<IMeetingQuestionsGrain>(meetingId).Ask(ActorIn(meetingId), draft);

    public Task<QuestionView> UpvoteQuestion(Guid meetingId, Guid questionId) =>
        grains.GetGrain<IMeetingQuestionsGrain>(meetingId).Upvote(ActorIn(meetingId), questionId);
}
