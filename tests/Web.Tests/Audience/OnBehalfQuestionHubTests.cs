using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>
/// A question asked on someone's behalf through the real hub: only the facilitator or an allowed proxy may, it is the
/// person's (named as they are, theirs to be upvoted by others), and it is marked, by whom, to members, the public and
/// in the minutes.
/// </summary>
public sealed class OnBehalfQuestionHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static Task<QuestionView> AskAsync(LiveClient client, Guid meetingId, string text, Guid? onBehalfOf) =>
        client.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meetingId, new QuestionDraft(text, Named: true, onBehalfOf));

    private async Task<LiveClient> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(meetingId, joined.Ticket);
        return client;
    }

    [Fact]
    public async Task A_question_asked_for_someone_is_theirs_and_marked_for_members_the_public_and_the_minutes()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var by = (await facilitator.JoinAsync(meeting.Id)).You.DisplayName;
        await using var anna = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        await using var observer = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddRoomAttendee("Jana Telefonní", AttendeeKind.Member));
        var jana = (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == "Jana Telefonní")).Entry.ParticipantId;

        await HubAssert.Refused(ErrorCodes.Forbidden, () => AskAsync(observer, meeting.Id, "Od občana za Janu?", jana));
        await HubAssert.Refused(ErrorCodes.OnBehalfNotAllowed, () => AskAsync(anna, meeting.Id, "Od Anny za Janu?", jana));
        var asked = await AskAsync(facilitator, meeting.Id, "Kdy pojede autobus k domovu?", jana);
        Assert.Equal("Jana Telefonní", asked.AuthorName);
        Assert.Equal(by, asked.EnteredBy);
        Assert.False(asked.Mine);

        // Jana's, not the facilitator's: the facilitator may upvote it (nobody upvotes their own).
        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Released));
        var upvoted = await facilitator.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.UpvoteQuestion), meeting.Id, asked.Id);
        Assert.Equal(1, upvoted.Votes);
        var seen = await anna.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id);
        Assert.Equal(by, seen.Questions.Single().EnteredBy);

        // The public: marked, with the names the public may see (neither chose to show theirs).
        var publicView = (await observer.WaitForAsync<QuestionsChanged>(e => e.Questions.Questions.Any(q => q.Votes == 1))).Questions.Questions.Single();
        Assert.Equal("", publicView.EnteredBy);
        Assert.Null(publicView.AuthorName);
        Assert.Equal("", (await observer.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id)).Questions.Single().EnteredBy);

        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetQuestionsInMinutes(true));
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains("Kdy pojede autobus k domovu? (zadáno za tazatele;", minutes);
    }
}
