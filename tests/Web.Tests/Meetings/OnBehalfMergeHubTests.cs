using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// A person entered on paper who later joins in person: once the facilitator merges the two seats, what was entered on
/// the paper seat's behalf (votes in open and closed polls, a proposal, dots, a question) is the surviving person's and
/// every marker names them, live, in the results and in the minutes.
/// </summary>
public sealed class OnBehalfMergeHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static readonly PollDraft Opinion = new("Stanovisko k záměru", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true);

    private static Task<VoteReceipt> VoteForAsync(LiveClient client, Guid meetingId, Guid pollId, Guid forId) =>
        client.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meetingId, new VoteRequest(pollId, [1, 0, 0], null, forId));

    private static async Task<Guid> OpenPollAsync(LiveClient facilitator, Guid meetingId, string question)
    {
        await facilitator.Connection.ExecuteAsync(meetingId, new CreatePoll(Opinion with { Question = question }));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Draft.Question == question)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meetingId, new OpenPoll(pollId));
        return pollId;
    }

    [Fact]
    public async Task After_a_merge_input_entered_for_the_merged_seat_is_the_kept_persons_and_every_marker_names_them()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var you = (await facilitator.JoinAsync(meeting.Id)).You;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddRoomAttendee("Jana (papír)", AttendeeKind.Member));
        var paper = (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == "Jana (papír)")).Entry.ParticipantId;

        // Entered for the paper seat: a vote in a poll then closed, one in a poll still open, a proposal, dots, a question.
        var closedPoll = await OpenPollAsync(facilitator, meeting.Id, "Uzavřené stanovisko");
        await VoteForAsync(facilitator, meeting.Id, closedPoll, paper);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(closedPoll));
        await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Id == closedPoll && e.Poll.Phase == PollPhase.Closed);
        var openPoll = await OpenPollAsync(facilitator, meeting.Id, "Otevřené stanovisko");
        await VoteForAsync(facilitator, meeting.Id, openPoll, paper);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddProposal(null, "Svoz obědů do Kunratic", paper));
        var proposal = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 1)).Board.Proposals[0].Id;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new StartPrioritisation(3, ShowTotals: true));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal, 2)], paper));
        var question = await facilitator.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meeting.Id,
            new QuestionDraft("Kdy pojede autobus k domovu?", Named: true, paper));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetQuestionState(question.Id, QuestionState.Released));

        // Jana joins in person and the facilitator merges the paper seat into hers.
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        await using var jana = await LiveClient.ConnectAsync(app.Host.BaseUri);
        var janaId = (await jana.JoinAsync(meeting.Id, joined.Ticket)).You.ParticipantId;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new MergeSeats(janaId, paper));
        await jana.WaitForAsync<SeatsMerged>(e => e.MergedId == paper);
        var marker = new OnBehalf(janaId, "Jana Nováková", you.ParticipantId, you.DisplayName);

        // Votes: the closed poll keeps its count and its marker names her; the open poll's ballot is hers, marked for her, live.
        var closed = (await jana.WaitForAsync<PollChanged>(e => e.Poll.Id == closedPoll && e.Poll.Result!.Named.Single().OnBehalf!.ForId == janaId)).Poll.Result!;
        Assert.Equal((1, 1), (closed.Voted, closed.OnBehalfBallots));
        Assert.Equal(marker, closed.Named.Single().OnBehalf);
        var open = (await jana.WaitForAsync<PollChanged>(e => e.Poll.Id == openPoll && e.Poll.VoterIds.Contains(janaId))).Poll;
        Assert.DoesNotContain(paper, open.VoterIds);
        Assert.Equal(marker, Assert.Single(open.Result!.Named).OnBehalf);
        await HubAssert.Refused(ErrorCodes.PollAlreadyVoted, () => jana.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(openPoll, [0, 1, 0], null)));

        // The board: her proposal, marked for her; the dots are hers (her budget) and the ranking's marker names her.
        var board = await jana.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id);
        Assert.Equal([janaId], board.Proposals.Single().AuthorIds);
        Assert.Equal([marker], board.Proposals.Single().OnBehalf!);
        Assert.Equal(new Dictionary<Guid, int> { [proposal] = 2 }, board.YourDots);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePrioritisation());
        var ranking = (await jana.WaitForAsync<BoardChanged>(e => e.Board.Rankings.Count == 1)).Board.Rankings[0];
        Assert.Equal((2, 1), (ranking.OnBehalfDots, ranking.VotersCount));
        Assert.Equal([marker], ranking.OnBehalf!);

        // The question: hers (named with her name, not hers to upvote), still marked as entered by the facilitator.
        var asked = (await jana.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id)).Questions.Single();
        Assert.Equal(("Jana Nováková", true, you.DisplayName), (asked.AuthorName, asked.Mine, asked.EnteredBy));
        await HubAssert.Refused(ErrorCodes.QuestionOwn, () => jana.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.UpvoteQuestion), meeting.Id, question.Id));

        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetQuestionsInMinutes(true));
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains($"Jana Nováková (zadal/a {you.DisplayName})", minutes);
        Assert.DoesNotContain("Jana (papír)", minutes);
    }
}
