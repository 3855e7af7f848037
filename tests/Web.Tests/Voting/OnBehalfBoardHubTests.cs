using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Voting;

/// <summary>
/// Proposals and dots entered on someone's behalf through the real hub: they are the person's (author, dot budget),
/// marked (for whom, by whom) on the board, in the ranking, its CSV and the minutes, and only the facilitator or an
/// allowed proxy may enter them.
/// </summary>
public sealed class OnBehalfBoardHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private async Task<(LiveClient Client, Guid Id)> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, (await client.JoinAsync(meetingId, joined.Ticket)).You.ParticipantId);
    }

    [Fact]
    public async Task A_proposal_and_dots_entered_for_someone_are_theirs_and_marked_on_the_board_the_ranking_its_csv_and_the_minutes()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var you = (await facilitator.JoinAsync(meeting.Id)).You;
        var by = you.DisplayName;
        var (anna, annaId) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await using var a = anna;
        await using var o = observer;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddRoomAttendee("Jana Telefonní", AttendeeKind.Member));
        var jana = (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == "Jana Telefonní")).Entry.ParticipantId;
        var marker = new OnBehalf(jana, "Jana Telefonní", you.ParticipantId, by);

        // A proposal: refused for a participant not allowed and an observer; the facilitator's is Jana's, marked.
        await HubAssert.Refused(ErrorCodes.OnBehalfNotAllowed, () => anna.Connection.ExecuteAsync(meeting.Id, new AddProposal(null, "Od Anny", jana)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Connection.ExecuteAsync(meeting.Id, new AddProposal(null, "Od občana", jana)));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddProposal(null, "Svoz obědů do Kunratic", jana));
        var proposal = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 1)).Board.Proposals[0];
        Assert.Equal("Svoz obědů do Kunratic", proposal.Text);
        Assert.Equal([jana], proposal.AuthorIds);
        Assert.Equal([marker], proposal.OnBehalf!);
        // The public sees the marker with the names it may see (neither chose to show theirs: none).
        var publicMarker = new OnBehalf(jana, "", you.ParticipantId, "");
        Assert.Equal([publicMarker], (await observer.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 1)).Board.Proposals[0].OnBehalf!);
        Assert.Equal([publicMarker], (await observer.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id)).Proposals[0].OnBehalf!);
        await anna.Connection.ExecuteAsync(meeting.Id, new AddProposal(null, "Annin vlastní"));
        var own = (await observer.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 2)).Board.Proposals.Single(p => p.Text == "Annin vlastní");
        Assert.Empty(own.OnBehalf!);

        // Dots: Jana's budget (3), not the facilitator's, who still has all of their own.
        await facilitator.Connection.ExecuteAsync(meeting.Id, new StartPrioritisation(3, ShowTotals: true));
        await HubAssert.Refused(ErrorCodes.OnBehalfNotAllowed, () => anna.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 1)], jana)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 1)], jana)));
        await HubAssert.Refused(ErrorCodes.TooManyDots, () => facilitator.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 4)], jana)));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 3)], jana));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(own.Id, 3)]));
        var placed = (await observer.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Sum(p => p.Dots) == 6)).Board;
        Assert.Equal(1, placed.Proposals.Single(p => p.Id == proposal.Id).Voters);
        var facilitatorsDots = (await facilitator.Connection.InvokeAsync<BoardView>(nameof(MeetingHub.GetBoard), meeting.Id)).YourDots;
        Assert.Equal(new Dictionary<Guid, int> { [own.Id] = 3 }, facilitatorsDots);

        // An allowed proxy may enter them too (replacing Jana's allocation, as her own would).
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AllowProxy(annaId, true));
        await anna.WaitForAsync<RosterChanged>(e => e.Entry.ParticipantId == annaId && e.Entry.Proxy);
        await anna.Connection.ExecuteAsync(meeting.Id, new PlaceDots([new DotPlacement(proposal.Id, 2)], jana));
        await observer.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Sum(p => p.Dots) == 5);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePrioritisation());
        var ranking = (await facilitator.WaitForAsync<BoardChanged>(e => e.Board.Rankings.Count == 1)).Board.Rankings[0];
        var anna2 = new OnBehalf(jana, "Jana Telefonní", annaId, "Anna Šťastná");
        Assert.Equal(2, ranking.OnBehalfDots);
        Assert.Equal([anna2], ranking.OnBehalf!);
        Assert.Equal([marker], ranking.Entries.Single(e => e.ProposalId == proposal.Id).OnBehalf!);

        var csv = Encoding.UTF8.GetString((await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/proposals/rankings/1.csv")).Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("Body zadané za jiné osoby;2;Jana Telefonní (zadal/a Anna Šťastná)", csv);
        Assert.Contains($";Svoz obědů do Kunratic;2;1;zadáno za Jana Telefonní (zadal/a {by})\r\n", csv);
        Assert.Contains(";Annin vlastní;3;1;\r\n", csv);
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains("Body zadané za jiné osoby: 2 – Jana Telefonní (zadal/a Anna Šťastná)", minutes);
        Assert.Contains($"Svoz obědů do Kunratic (", minutes);
        Assert.Contains($"; zadáno za Jana Telefonní (zadal/a {by}))", minutes);
    }
}
