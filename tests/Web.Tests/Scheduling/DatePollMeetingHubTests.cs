using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Scheduling;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Ical.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Scheduling;

/// <summary>
/// Finding the next date from inside a meeting, through the real hub: the facilitator proposes and chooses, members
/// seated in the meeting answer, everyone hears the counts live; the poll is the group's one poll (its page, its links).
/// </summary>
public sealed class DatePollMeetingHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static Task<MeetingDatePoll> GetAsync(LiveClient client, Guid meetingId) =>
        client.Connection.InvokeAsync<MeetingDatePoll>(nameof(MeetingHub.GetDatePoll), meetingId);

    [Fact]
    public async Task Members_answer_in_the_meeting_everyone_hears_the_counts_and_the_chosen_date_lands_in_the_group_s_calendar()
    {
        await using var meeting = await GroupMeeting.CreateAsync(app);
        await using var ema = await meeting.JoinAsync(MeetingRole.Participant, "Ema Malá", meeting.Ema);
        await using var filip = await meeting.JoinAsync(MeetingRole.Participant, "Filip Horák", meeting.Filip);
        await using var observer = await meeting.JoinAsync(MeetingRole.Observer, "Soused", memberId: null);
        Assert.Null((await GetAsync(observer.Client, meeting.Id)).Poll);

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new StartDatePoll(DatePollArrange.Draft().Options, "Komunitní centrum"));
        var started = (await observer.Client.WaitForAsync<DatePollChanged>(_ => true)).Poll;
        Assert.Equal((DatePollStatus.Open, 3, "Komunitní centrum"), (started.Status, started.Options.Count, started.Place));
        var (first, second) = (started.Options[0].Id, started.Options[1].Id);

        await ema.Client.ExecuteAsync(meeting.Id, new AnswerDatePoll([new(first, DateAnswer.IfNeedBe), new(second, DateAnswer.Yes)]));
        await filip.Client.ExecuteAsync(meeting.Id, new AnswerDatePoll([new(first, DateAnswer.No), new(second, DateAnswer.Yes)]));
        var counted = (await observer.Client.WaitForAsync<DatePollChanged>(e => e.Poll.Options[1].Yes == 2)).Poll;
        Assert.Equal((0, 1, 1), (counted.Options[0].Yes, counted.Options[0].IfNeedBe, counted.Options[0].No));
        Assert.Equal([second], counted.Best);

        // Each reads back their own answers only; the public reads counts and may not answer.
        var emaView = await GetAsync(ema.Client, meeting.Id);
        Assert.True(emaView.MayAnswer);
        Assert.Equal([new DateOptionAnswer(first, DateAnswer.IfNeedBe), new DateOptionAnswer(second, DateAnswer.Yes)], emaView.Answers);
        var publicView = await GetAsync(observer.Client, meeting.Id);
        Assert.Equal((false, 0), (publicView.MayAnswer, publicView.Answers.Count));
        Assert.Equivalent(counted, publicView.Poll, strict: true);

        // The same poll as the group's page, with the member's answer given there.
        var managerView = (await meeting.Organizer.GetAsync<DatePollPage>($"/api/working-groups/{meeting.GroupId}/date-poll")).Poll!;
        Assert.Equal([new DateOptionAnswer(first, DateAnswer.No), new DateOptionAnswer(second, DateAnswer.Yes)],
            managerView.Members.Single(m => m.MemberId == meeting.Filip).Answers);

        await meeting.Facilitator.ExecuteAsync(meeting.Id, new ChooseDate(second));
        var chosen = (await observer.Client.WaitForAsync<DatePollChanged>(e => e.Poll.Status == DatePollStatus.Chosen)).Poll;
        Assert.Equal(second, chosen.ChosenId);
        var group = (await meeting.Organizer.GetAsync<WorkingGroupView>($"/api/working-groups/{meeting.GroupId}")).Group;
        Assert.Equal([new PlannedMeeting(DatePollArrange.Day(2), new TimeOnly(9, 30), "Komunitní centrum")], group.Schedule);
        var ics = Calendar.Load(Encoding.UTF8.GetString(await (await meeting.Organizer.GetAsync($"/api/working-groups/{meeting.GroupId}/calendar.ics")).Content.ReadAsByteArrayAsync()))!;
        // Beside the meeting itself, the chosen one.
        var planned = Assert.Single(ics.Events, e => e.Location == "Komunitní centrum");
        Assert.Equal(DatePollArrange.Day(2).ToDateTime(new TimeOnly(9, 30)), planned.DtStart!.Value);
        await HubAssert.Refused(DatePollErrorCodes.Closed, () => ema.Client.ExecuteAsync(meeting.Id, new AnswerDatePoll([new(first, DateAnswer.Yes)])));
    }

    [Fact]
    public async Task An_observer_and_a_participant_who_is_no_member_are_refused_and_change_nothing()
    {
        await using var meeting = await GroupMeeting.CreateAsync(app);
        await using var guest = await meeting.JoinAsync(MeetingRole.Participant, "Host bez členství", memberId: null);
        await using var observer = await meeting.JoinAsync(MeetingRole.Observer, "Soused", memberId: null);
        await meeting.Facilitator.ExecuteAsync(meeting.Id, new StartDatePoll(DatePollArrange.Draft().Options, null));
        var before = (await GetAsync(observer.Client, meeting.Id)).Poll!;
        var answer = new AnswerDatePoll([new(before.Options[0].Id, DateAnswer.Yes)]);

        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Client.ExecuteAsync(meeting.Id, answer));
        await HubAssert.Refused(DatePollErrorCodes.NotMember, () => guest.Client.ExecuteAsync(meeting.Id, answer));
        Assert.False((await GetAsync(guest.Client, meeting.Id)).MayAnswer);
        await HubAssert.Refused(ErrorCodes.Forbidden, () => guest.Client.ExecuteAsync(meeting.Id, new ChooseDate(before.Options[0].Id)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Client.ExecuteAsync(meeting.Id, new StartDatePoll(DatePollArrange.Draft().Options, null)));
        await HubAssert.Refused(DatePollErrorCodes.AlreadyOpen, () => meeting.Facilitator.ExecuteAsync(meeting.Id, new StartDatePoll(DatePollArrange.Draft().Options, null)));
        await HubAssert.Refused(DatePollErrorCodes.UnknownOption, () => meeting.Facilitator.ExecuteAsync(meeting.Id, new ChooseDate(Guid.NewGuid())));

        Assert.Equivalent(before, (await GetAsync(observer.Client, meeting.Id)).Poll, strict: true);
        // Events arrive in order: once a later one is here, every earlier one is; only the start told of the poll.
        await guest.Client.ExecuteAsync(meeting.Id, new RaiseHand());
        await observer.Client.WaitForAsync<SpeakersChanged>(_ => true);
        Assert.Single(observer.Client.Received.OfType<DatePollChanged>());
        Assert.Empty((await meeting.Organizer.GetAsync<WorkingGroupView>($"/api/working-groups/{meeting.GroupId}")).Group.Schedule);
    }

    [Fact]
    public async Task An_answer_through_a_member_s_link_reaches_the_meeting_live()
    {
        await using var meeting = await GroupMeeting.CreateAsync(app);
        await using var observer = await meeting.JoinAsync(MeetingRole.Observer, "Soused", memberId: null);
        var poll = await meeting.Organizer.PostAsync<DatePollView>($"/api/working-groups/{meeting.GroupId}/date-poll", DatePollArrange.Draft());
        Assert.Equal(poll.Id, (await GetAsync(observer.Client, meeting.Id)).Poll!.Id); // the meeting shows the group's poll

        var url = (await meeting.Organizer.PostAsync<DatePollLink>($"/api/working-groups/{meeting.GroupId}/date-poll/links/{meeting.Ema}", new { })).Url;
        using var link = app.NewClient();
        link.DefaultHeaders.Add(DatePollEndpoints.Header, new Uri(url).Fragment.TrimStart('#'));
        await link.PutAsync<DatePollLinkView>($"/api/date-polls/{meeting.GroupId}/answers", new object[] { new { optionId = poll.Options[2].Id, answer = "Yes" } });
        var heard = (await observer.Client.WaitForAsync<DatePollChanged>(e => e.Poll.Options[2].Yes == 1)).Poll;
        Assert.Equal([poll.Options[2].Id], heard.Best);
    }
}
