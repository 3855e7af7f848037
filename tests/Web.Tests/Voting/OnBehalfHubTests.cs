using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Voting;

/// <summary>
/// Votes entered on someone's behalf through the real hub: they count as the person's, are marked (who for whom) in
/// the result, the CSV and the minutes, are entered once, only by the facilitator or an allowed proxy, and a secret
/// one stays secret.
/// </summary>
public sealed class OnBehalfHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static readonly PollDraft Opinion = new("Stanovisko k záměru", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: true);

    private static readonly PollDraft SecretOpinion = Opinion with { Question = "Tajně: stanovisko k záměru", Secret = true, LiveResults = false };

    private static Task<VoteReceipt> VoteAsync(LiveClient client, Guid meetingId, Guid pollId, int[] values, Guid? onBehalfOf = null) =>
        client.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meetingId, new VoteRequest(pollId, values, null, onBehalfOf));

    private async Task<(LiveClient Client, Guid Id)> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, (await client.JoinAsync(meetingId, joined.Ticket)).You.ParticipantId);
    }

    /// <summary>Someone taking part by phone: on the roster, marked present, without a device.</summary>
    private static async Task<Guid> OnThePhoneAsync(LiveClient facilitator, Guid meetingId, string name)
    {
        await facilitator.Connection.ExecuteAsync(meetingId, new AddRoomAttendee(name, AttendeeKind.Member));
        return (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == name)).Entry.ParticipantId;
    }

    private static async Task<Guid> OpenPollAsync(LiveClient facilitator, Guid meetingId, PollDraft draft)
    {
        await facilitator.Connection.ExecuteAsync(meetingId, new CreatePoll(draft));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Draft.Question == draft.Question)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meetingId, new OpenPoll(pollId));
        return pollId;
    }

    [Fact]
    public async Task A_vote_entered_for_someone_counts_as_theirs_once_and_is_marked_in_the_result_the_csv_and_the_minutes()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var you = (await facilitator.JoinAsync(meeting.Id)).You;
        var by = you.DisplayName;
        var (anna, annaId) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        var (observer, observerId) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await using var a = anna;
        await using var o = observer;
        var jana = await OnThePhoneAsync(facilitator, meeting.Id, "Jana Telefonní");
        var pollId = await OpenPollAsync(facilitator, meeting.Id, Opinion);

        // Refused: a participant not allowed, an observer, a person who is not a participant, twice for one person.
        await HubAssert.Refused(ErrorCodes.OnBehalfNotAllowed, () => VoteAsync(anna, meeting.Id, pollId, [1, 0, 0], jana));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => VoteAsync(observer, meeting.Id, pollId, [1, 0, 0], jana));
        await HubAssert.Refused(ErrorCodes.OnBehalfInvalidPerson, () => VoteAsync(facilitator, meeting.Id, pollId, [1, 0, 0], observerId));
        var entered = await VoteAsync(facilitator, meeting.Id, pollId, [1, 0, 0], jana);
        Assert.Null(entered.Receipt);
        await HubAssert.Refused(ErrorCodes.PollAlreadyVoted, () => VoteAsync(facilitator, meeting.Id, pollId, [0, 1, 0], jana));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AllowProxy(annaId, true));
        await anna.WaitForAsync<RosterChanged>(e => e.Entry.ParticipantId == annaId && e.Entry.Proxy);
        await HubAssert.Refused(ErrorCodes.PollAlreadyVoted, () => VoteAsync(anna, meeting.Id, pollId, [0, 1, 0], jana));
        await VoteAsync(anna, meeting.Id, pollId, [0, 1, 0]);

        // Live: the ballot is Jana's, marked as entered by the facilitator.
        var live = (await observer.WaitForAsync<PollChanged>(e => e.Poll.Result is { Voted: 2 })).Poll;
        Assert.Contains(jana, live.VoterIds);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId));
        var result = (await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll.Result!;
        Assert.Equal(1, result.OnBehalfBallots);
        var janas = result.Named.Single(b => b.ParticipantId == jana);
        Assert.Equal([1, 0, 0], janas.Values);
        Assert.Equal(new OnBehalf(jana, "Jana Telefonní", you.ParticipantId, by), janas.OnBehalf);
        Assert.Null(result.Named.Single(b => b.ParticipantId == annaId).OnBehalf);
        // The public sees the marker with the names it may see (neither chose to show theirs: none).
        var seen = (await observer.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll.Result!;
        Assert.Equal(new OnBehalf(jana, "", you.ParticipantId, ""), seen.Named.Single(b => b.ParticipantId == jana).OnBehalf);
        Assert.Equal(1, result.Options[0].Count);

        var csv = Encoding.UTF8.GetString((await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv")).Content.ReadAsByteArrayAsync())[3..]);
        Assert.Contains("Zadáno za jiné osoby;1", csv);
        Assert.Contains($"Jana Telefonní;1;0;0;Jana Telefonní (zadal/a {by})", csv);
        Assert.Contains("Anna Šťastná;0;1;0;\r\n", csv);
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        Assert.Contains($"Hlasy zadané za jiné osoby: Jana Telefonní (zadal/a {by})", minutes);
    }

    [Fact]
    public async Task Secret_ballots_entered_for_two_people_cannot_be_told_apart_when_their_choices_are_swapped()
    {
        // The same meeting twice, Jana and Karel's choices swapped: if anything tied a person to a choice, the two would differ.
        var first = await SecretRunAsync(janaVotes: [1, 0, 0], karelVotes: [0, 1, 0]);
        var swapped = await SecretRunAsync(janaVotes: [0, 1, 0], karelVotes: [1, 0, 0]);
        Assert.Equal(first, swapped);
        Assert.Contains("Zadáno za jiné osoby;2", first.Csv);
        Assert.Contains("Hlasů zadaných za jiné osoby: 2", first.Minutes);
        Assert.DoesNotContain("Jana", first.Csv);
        Assert.DoesNotContain("Karel", first.Csv);
        Assert.DoesNotContain("Jana", first.Minutes);
    }

    private sealed record SecretRun(string Voters, string Result, string Events, string Csv, string Minutes);

    /// <summary>Everything a secret poll shows of its ballots, ids and times taken out (they differ between meetings anyway).</summary>
    private async Task<SecretRun> SecretRunAsync(int[] janaVotes, int[] karelVotes)
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občan");
        await using var o = observer;
        var jana = await OnThePhoneAsync(facilitator, meeting.Id, "Jana Telefonní");
        var karel = await OnThePhoneAsync(facilitator, meeting.Id, "Karel Papírový");
        var pollId = await OpenPollAsync(facilitator, meeting.Id, SecretOpinion);
        Assert.Null((await VoteAsync(facilitator, meeting.Id, pollId, janaVotes, jana)).Receipt);
        Assert.Null((await VoteAsync(facilitator, meeting.Id, pollId, karelVotes, karel)).Receipt);
        await VoteAsync(facilitator, meeting.Id, pollId, [0, 0, 1]); // the facilitator's own: three ballots, the minimum turnout
        await HubAssert.Refused(ErrorCodes.PollAlreadyVoted, () => VoteAsync(facilitator, meeting.Id, pollId, janaVotes, jana));
        await facilitator.Connection.ExecuteAsync(meeting.Id, new ClosePoll(pollId));
        var closed = (await observer.WaitForAsync<PollChanged>(e => e.Poll.Phase == PollPhase.Closed)).Poll;

        var names = new Dictionary<Guid, string> { [jana] = "JANA", [karel] = "KAREL" };
        var voters = string.Join(",", closed.VoterIds.Select(id => names.GetValueOrDefault(id, "FACILITATOR")).Order());
        var result = closed.Result!;
        var shown = $"{string.Join(",", result.Options.Select(o => $"{o.Count}/{o.Ballots}"))} voted {result.Voted} onBehalf {result.OnBehalfBallots} named {result.Named.Count}";
        // While open, the poll's events said only who voted, never a count.
        var events = string.Join(";", observer.Received.OfType<PollChanged>().Where(e => e.Poll.Phase == PollPhase.Open)
            .Select(e => $"{string.Join(",", e.Poll.VoterIds.Select(id => names.GetValueOrDefault(id, "FACILITATOR")).Order())}:{e.Poll.Result is null}"));
        var csv = Encoding.UTF8.GetString((await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/polls/{pollId}/result.csv")).Content.ReadAsByteArrayAsync())[3..]);
        var minutes = await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).Content.ReadAsStringAsync();
        var pollLines = minutes.Split('\n').SkipWhile(l => !l.Contains(SecretOpinion.Question)).Take(8);
        return new SecretRun(voters, shown, events, string.Join("\n", csv.Split("\r\n").Where(l => !l.StartsWith("Uzavřeno", StringComparison.Ordinal))), string.Join("\n", pollLines));
    }
}
