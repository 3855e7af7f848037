using System.Net;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Voting;

/// <summary>Polls through the real hub, and the CSV export of a result.</summary>
public sealed class PollHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private async Task<(LiveClient Client, MeetingSnapshot View)> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, await client.JoinAsync(meetingId, joined.Ticket));
    }

    [Fact]
    public async Task A_secret_dot_vote_is_counted_exported_as_czech_csv_and_never_links_a_voter_to_a_choice()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (anna, annaView) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        var (petr, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Petr Žák");
        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await using var a = anna;
        await using var p = petr;
        await using var o = observer;

        var draft = new PollDraft("Priority: co podpořit?", PollKind.DotVoting, ["Odlehčovací služba", "Poradna; dluhy", "=Dobrovolníci"],
            Secret: true, LiveResults: false, Dots: 3, StackDots: true);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new CreatePoll(draft));
        var pollId = (await o.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new OpenPoll(pollId));

        var annaReceipt = await a.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [3, 0, 0], null));
        await p.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [1, 1, 1], null));
        await a.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [2, 1, 0], annaReceipt.Receipt));
        await facilitator.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [0, 0, 1], null)); // three ballots: the minimum turnout
        await HubAssert.Refused(ErrorCodes.Forbidden, () => o.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [1, 0, 0], null)));
        await HubAssert.Refused(ErrorCodes.TooManyDots, () => p.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [4, 0, 0], null)));
        await HubAssert.Refused(ErrorCodes.BallotInvalid, () => p.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [-1, 2, 0], null)));

        // While open: the export is refused and nobody sees a count.
        var hidden = await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv");
        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.PollResultsHidden), await ApiClient.ErrorOf(hidden));
        var open = await o.WaitForAsync<PollChanged>(e => e.Poll.VoterIds.Count == 3);
        Assert.Null(open.Poll.Result);

        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId));
        var closed = (await o.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll.Result!;
        Assert.Equal([3L, 2, 2], closed.Options.Select(x => x.Count));
        Assert.Empty(closed.Named);

        var response = await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("Otázka;Priority: co podpořit?", csv);
        Assert.Contains("Oprávněných;3", csv); // the facilitator votes too, unless their voting right is withdrawn
        Assert.Contains("1;Odlehčovací služba;3;2;", csv);
        Assert.Contains("\"Poradna; dluhy\"", csv);
        Assert.Contains("'=Dobrovolníci", csv); // no formula from an answer
        Assert.DoesNotContain("Anna", csv);
        Assert.DoesNotContain("Petr", csv);
        Assert.DoesNotContain(annaView.You.ParticipantId.ToString(), csv);
    }

    [Fact]
    public async Task A_secret_poll_below_the_minimum_turnout_closes_only_by_choice_and_a_withheld_result_reaches_nobody()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (anna, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await using var a = anna;
        await using var o = observer;
        var draft = new PollDraft("Tajně: podpořit záměr?", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: true, LiveResults: false);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new CreatePoll(draft));
        var pollId = (await o.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new OpenPoll(pollId));
        await a.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [0, 1, 0], null));
        Assert.Equal(3, (await o.WaitForAsync<PollChanged>(e => e.Poll.VoterIds.Count == 1)).Poll.MinimumTurnout);

        // One ballot: its result would be Anna's vote. Closing needs a choice.
        await HubAssert.Refused(ErrorCodes.PollTurnoutTooLow, () => facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId)));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId, LowTurnoutChoice.Withhold));

        var closed = (await o.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll;
        Assert.Null(closed.Result);
        Assert.Equal((LowTurnoutChoice.Withhold, 1, 3), (closed.LowTurnout!.Choice, closed.LowTurnout.Ballots, closed.LowTurnout.Minimum));
        var recorded = await o.WaitForAsync<ModerationRecorded>(_ => true);
        Assert.Equal((ModerationAction.PollResultWithheld, pollId), (recorded.Record.Action, recorded.Record.TargetId));
        Assert.DoesNotContain(o.Received.OfType<PollChanged>(), e => e.Poll.Result is not null);
        Assert.Null((await o.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id)).Polls.Single().Result);

        var csv = await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv");
        Assert.Equal((HttpStatusCode.Gone, ErrorCodes.PollResultWithheld), await ApiClient.ErrorOf(csv));
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains("Výsledek nebyl zveřejněn pro nízkou účast (počet hlasů 1", minutes);
    }

    [Fact]
    public async Task A_named_opinion_exports_who_voted_how_and_its_verdict_with_the_standard_options_in_the_reader_s_language()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (anna, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        await using var a = anna;
        var draft = new PollDraft("Stanovisko k rozvojovému záměru", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new CreatePoll(draft));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(_ => true)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new OpenPoll(pollId));
        await a.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meeting.Id, new VoteRequest(pollId, [1, 0, 0], null));
        Assert.Equal([1, 0, 0], await a.Connection.InvokeAsync<IReadOnlyList<int>?>(nameof(MeetingHub.GetBallot), meeting.Id, new BallotRequest(pollId, null)));
        var live = await a.WaitForAsync<PollChanged>(e => e.Poll.Result is { Voted: 1 });
        Assert.Equal(1, live.Poll.Result!.Options[0].Count);
        Assert.Null(live.Poll.Result.Verdict); // a live count decides nothing yet
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId));

        var response = await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv?lang=en");
        var csv = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("Question;Stanovisko k rozvojovému záměru", csv);
        Assert.Contains("Voter;recommend;do not recommend;abstain", csv);
        Assert.Contains("Anna Šťastná;1;0;0", csv);
        Assert.Contains("Verdict;The resolution was adopted: 1 for, 0 against, 0 abstained. Rule: a simple majority of the votes cast, 1 needed.", csv);
        var closed = (await a.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll;
        Assert.True(closed.Draft.StandardOptions);
        Assert.Equal((VerdictOutcome.Adopted, MajorityRule.VotesCast), (closed.Result!.Verdict!.Outcome, closed.Result.Verdict.Rule));
        var czech = await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv?lang=cs");
        Assert.Contains("Usnesení;Usnesení bylo přijato: 1 pro, 0 proti, zdrželo se 0.", Encoding.UTF8.GetString((await czech.Content.ReadAsByteArrayAsync())[3..]));
    }

    [Fact]
    public async Task A_hidden_proposal_reaches_nobody_else_until_revealed_and_a_ranking_exports_as_csv()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<CommunityPlanning.WorkingGroups.WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var document = await organizer.PostAsync<CommunityPlanning.Documents.VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents", new
        {
            title = "Vize",
            sections = new[] { new { heading = "Uživatelé služeb v sociální oblasti", text = "" } },
        });
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, document.Id, group.Id);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (anna, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna");
        var (petr, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Petr");
        await using var a = anna;
        await using var p = petr;
        var area = document.Sections[0].Id;

        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetBrainstorm(true));
        await a.Connection.ExecuteAsync(meeting.Id, new AddProposal(area, "Tajný nápad: sdílená kapacita"));
        var seen = await p.WaitForAsync<BoardChanged>(b => b.Board.Proposals.Count == 1);
        Assert.Null(seen.Board.Proposals[0].Text);
        Assert.DoesNotContain(p.Received.OfType<BoardChanged>(), b => b.Board.Proposals.Any(x => x.Text is not null));
        Assert.Null((await p.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id)).Proposals[0].Text);

        await facilitator.Connection.ExecuteAsync(meeting.Id, new RevealProposals());
        var revealed = await p.WaitForAsync<BoardChanged>(b => b.Board.Proposals.All(x => x.Text is not null));
        var proposalId = revealed.Board.Proposals[0].Id;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new StartPrioritisation(2));
        await p.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposalId, 2)]));
        await HubAssert.Refused(ErrorCodes.TooManyDots,
            () => a.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposalId, 3)])));
        // Totals hidden by default: neither the broadcast nor a participant's own view carries them while the round is open.
        var during = await a.WaitForAsync<BoardChanged>(b => b.Board.RoundDots == 2);
        Assert.True(during.Board.TotalsHidden);
        Assert.DoesNotContain(a.Received.OfType<BoardChanged>(), b => b.Board.Proposals.Any(x => x.Dots > 0));
        Assert.Equal(0L, (await a.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id)).Proposals[0].Dots);
        Assert.Equal(2L, (await facilitator.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id)).Proposals[0].Dots);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePrioritisation());

        var response = await organizer.GetAsync($"/api/meetings/{meeting.Id}/proposals/rankings/1.csv");
        response.EnsureSuccessStatusCode();
        var csv = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("1;Uživatelé služeb v sociální oblasti;1;Tajný nápad: sdílená kapacita;2;1", csv);
        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound),
            await ApiClient.ErrorOf(await organizer.GetAsync($"/api/meetings/{meeting.Id}/proposals/rankings/2.csv")));
    }
}
