using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>Questions from the audience through the real hub: who sees what, one vote each, merging, limits, moderators.</summary>
public sealed class QuestionHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private Task<LiveMeeting> CreateAsync() => LiveMeeting.CreateAsync(app);

    private static Task<(LiveClient Client, Guid ParticipantId)> JoinAsync(LiveMeeting meeting, MeetingRole role, string name) =>
        meeting.JoinAsync(role, name);

    private static Task<QuestionView> AskAsync(LiveClient client, Guid meetingId, string text, bool named = false) =>
        client.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meetingId, new QuestionDraft(text, named));

    private static Task<QuestionView> UpvoteAsync(LiveClient client, Guid meetingId, Guid questionId) =>
        client.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.UpvoteQuestion), meetingId, questionId);

    private static Task<QuestionsView> GetAsync(LiveClient client, Guid meetingId) =>
        client.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meetingId);

    [Fact]
    public async Task An_unreleased_question_reaches_only_moderators_and_its_author_never_a_broadcast_and_released_everyone_sees_it()
    {
        await using var meeting = await CreateAsync();
        var (asker, _) = await JoinAsync(meeting, MeetingRole.Observer, "Občanka Věra");
        var (other, _) = await JoinAsync(meeting, MeetingRole.Observer, "Soused");
        await using var a = asker;
        await using var o = other;

        const string secret = "Proč se ruší noclehárna?";
        var asked = await AskAsync(a, meeting.Id, secret);
        Assert.Equal((QuestionState.Pending, true, null), (asked.State, asked.Mine, asked.AuthorName));
        var pending = await o.WaitForAsync<QuestionsChanged>(e => e.Questions.Pending == 1);
        Assert.Empty(pending.Questions.Questions);
        Assert.Empty((await GetAsync(o, meeting.Id)).Questions);
        Assert.Equal(secret, (await GetAsync(a, meeting.Id)).Questions.Single().Text);
        var moderated = await GetAsync(meeting.Facilitator, meeting.Id);
        Assert.True(moderated.Moderator);
        Assert.Equal((secret, null), (moderated.Questions.Single().Text, moderated.Questions.Single().AuthorName)); // anonymous to moderators too

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Hidden));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Released));
        var released = await o.WaitForAsync<QuestionsChanged>(e => e.Questions.Questions.Count == 1);
        Assert.Equal((secret, QuestionState.Released, 0), (released.Questions.Questions[0].Text, released.Questions.Questions[0].State, released.Questions.Pending));
        // Before its release, no event carried the text to anyone.
        Assert.DoesNotContain(o.Received.OfType<QuestionsChanged>().TakeWhile(e => e != released), e => e.Questions.Questions.Any(q => q.Text == secret));
        Assert.DoesNotContain(o.Received.OfType<QuestionsChanged>(), e => e.Questions.Questions.Any(q => q.State != QuestionState.Released && q.State != QuestionState.Answered));
    }

    [Fact]
    public async Task Each_person_upvotes_once_never_their_own_and_a_merge_unites_the_votes_one_per_person()
    {
        await using var meeting = await CreateAsync();
        var (anna, _) = await JoinAsync(meeting, MeetingRole.Observer, "Anna");
        var (petr, _) = await JoinAsync(meeting, MeetingRole.Participant, "Petr");
        var (jana, _) = await JoinAsync(meeting, MeetingRole.Observer, "Jana");
        await using var a = anna;
        await using var p = petr;
        await using var j = jana;
        var first = await AskAsync(a, meeting.Id, "Kdo bude provozovat hospic?", named: true);
        var duplicate = await AskAsync(j, meeting.Id, "Kdo bude hospic provozovat?");
        await HubAssert.Refused(ErrorCodes.NotFound, () => UpvoteAsync(p, meeting.Id, first.Id)); // not released yet
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(first.Id, QuestionState.Released));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(duplicate.Id, QuestionState.Released));

        var voted = await UpvoteAsync(p, meeting.Id, first.Id);
        Assert.Equal((1, true), (voted.Votes, voted.Voted));
        Assert.Equal(1, (await UpvoteAsync(p, meeting.Id, first.Id)).Votes); // again: no change
        await HubAssert.Refused(ErrorCodes.QuestionOwn, () => UpvoteAsync(a, meeting.Id, first.Id));
        await UpvoteAsync(p, meeting.Id, duplicate.Id);
        await UpvoteAsync(a, meeting.Id, duplicate.Id);
        Assert.Equal("Anna", (await GetAsync(j, meeting.Id)).Questions.Single(q => q.Id == first.Id).AuthorName);

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new MergeQuestions(first.Id, duplicate.Id));
        var merged = (await GetAsync(j, meeting.Id)).Questions.Single();
        // Petr voted for both (one vote), Anna wrote the target (none), Jana wrote the duplicate (hers now counts).
        Assert.Equal((first.Id, 2), (merged.Id, merged.Votes));
    }

    [Fact]
    public async Task Questions_are_limited_per_person_and_in_length_and_refused_changing_nothing()
    {
        await using var meeting = await CreateAsync();
        var (observer, _) = await JoinAsync(meeting, MeetingRole.Observer, "Občan");
        await using var o = observer;
        await HubAssert.Refused(ErrorCodes.TooLong, () => AskAsync(o, meeting.Id, new string('a', QuestionRules.TextMaxLength + 1)));
        await HubAssert.Refused(ErrorCodes.Required, () => AskAsync(o, meeting.Id, "  "));
        for (var i = 0; i < QuestionRateLimit.PerPersonPerMinute; i++)
        {
            await AskAsync(o, meeting.Id, $"Otázka {i}");
        }

        await HubAssert.Refused(ErrorCodes.QuestionRateLimited, () => AskAsync(o, meeting.Id, "Ještě jedna"));
        Assert.Equal(QuestionRateLimit.PerPersonPerMinute, (await GetAsync(o, meeting.Id)).Questions.Count);
        await AskAsync(meeting.Facilitator, meeting.Id, "Jiný člověk smí"); // the limit is the person's
    }

    [Fact]
    public async Task A_named_moderator_releases_and_only_a_public_question_can_be_shown_to_the_room()
    {
        await using var meeting = await CreateAsync();
        var (participant, participantId) = await JoinAsync(meeting, MeetingRole.Participant, "Moderátorka");
        var (observer, observerId) = await JoinAsync(meeting, MeetingRole.Observer, "Občan");
        await using var p = participant;
        await using var o = observer;
        var asked = await AskAsync(o, meeting.Id, "Bude se stavět chodník?");

        await HubAssert.Refused(ErrorCodes.Forbidden, () => p.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Released)));
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionModerator(observerId, true)));
        await HubAssert.Refused(ErrorCodes.NotFound, () => meeting.Facilitator.ExecuteAsync(meeting.Id, new SetFocus(FocusKind.Question, asked.Id)));
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetQuestionModerator(participantId, true));
        Assert.True((await GetAsync(p, meeting.Id)).Moderator);
        await p.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Released));

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new SetFocus(FocusKind.Question, asked.Id));
        var focus = await o.WaitForAsync<FocusChanged>(e => e.Focus.Kind == FocusKind.Question);
        Assert.Equal(asked.Id, focus.Focus.TargetId);
        await p.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Answered));
        Assert.Equal(QuestionState.Answered, (await o.WaitForAsync<QuestionsChanged>(e => e.Questions.Questions.Any(q => q.State == QuestionState.Answered))).Questions.Questions[0].State);
    }
}
