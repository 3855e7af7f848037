using CommunityPlanning.Audience;
using CommunityPlanning.Meetings;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// The moderation log keeps input entered on someone's behalf (who, for whom, what kind) and the facilitator allowing
/// a participant to enter it or no longer; a secret ballot's record says nothing of the choice.
/// </summary>
public sealed class OnBehalfModerationHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static readonly PollDraft Open = new("Svoz obědů o víkendu?", PollKind.YesNoAbstain, ["ano", "ne", "zdržuji se"], Secret: false, LiveResults: true);

    private static readonly PollDraft Secret = Open with { Question = "Tajně: svoz obědů o víkendu?", Secret = true, LiveResults = false };

    private sealed record Setup(ApiClient Organizer, Guid MeetingId, LiveClient Facilitator, RosterEntry You, LiveClient Anna, Guid AnnaId, Guid Jana) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Anna.DisposeAsync();
            await Facilitator.DisposeAsync();
            Organizer.Dispose();
        }
    }

    private async Task<Setup> SetupAsync()
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var you = (await facilitator.JoinAsync(meeting.Id)).You;
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Anna Šťastná");
        var anna = await LiveClient.ConnectAsync(app.Host.BaseUri);
        var annaId = (await anna.JoinAsync(meeting.Id, joined.Ticket)).You.ParticipantId;
        await facilitator.Connection.ExecuteAsync(meeting.Id, new AddRoomAttendee("Jana Telefonní", AttendeeKind.Member));
        var jana = (await facilitator.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == "Jana Telefonní")).Entry.ParticipantId;
        return new Setup(organizer, meeting.Id, facilitator, you, anna, annaId, jana);
    }

    private static async Task<Guid> OpenPollAsync(LiveClient facilitator, Guid meetingId, PollDraft draft)
    {
        await facilitator.Connection.ExecuteAsync(meetingId, new CreatePoll(draft));
        var pollId = (await facilitator.WaitForAsync<PollChanged>(e => e.Poll.Draft.Question == draft.Question)).Poll.Id;
        await facilitator.Connection.ExecuteAsync(meetingId, new OpenPoll(pollId));
        return pollId;
    }

    private static Task<VoteReceipt> VoteAsync(LiveClient client, Guid meetingId, Guid pollId, int[] values, Guid? onBehalfOf) =>
        client.Connection.InvokeAsync<VoteReceipt>(nameof(MeetingHub.CastVote), meetingId, new VoteRequest(pollId, values, null, onBehalfOf));

    /// <summary>What the log says, without the time: (who, action, for whom) in order.</summary>
    private static async Task<List<(string By, ModerationAction Action, Guid? For, string? ForName)>> LogAsync(LiveClient client, Guid meetingId) =>
        [.. (await client.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meetingId)).Moderation
            .Select(r => (r.ByName, r.Action, r.TargetId, r.TargetName))];

    [Fact]
    public async Task Input_entered_for_someone_and_the_proxy_permission_go_into_the_moderation_log()
    {
        await using var s = await SetupAsync();
        var (m, f, by) = (s.MeetingId, s.Facilitator, s.You.DisplayName);

        await f.Connection.ExecuteAsync(m, new AllowProxy(s.AnnaId, true));
        await f.Connection.ExecuteAsync(m, new AllowProxy(s.AnnaId, true)); // no change: not logged again
        var allowed = await s.Anna.WaitForAsync<ModerationRecorded>(e => e.Record.Action == ModerationAction.ProxyAllowed);
        Assert.Equal((s.You.ParticipantId, s.AnnaId, "Anna Šťastná"), (allowed.Record.ByParticipantId, allowed.Record.TargetId, allowed.Record.TargetName));

        var pollId = await OpenPollAsync(f, m, Open);
        await VoteAsync(s.Anna, m, pollId, [1, 0, 0], s.Jana);
        await f.Connection.ExecuteAsync(m, new AddProposal(null, "Svoz obědů do Kunratic", s.Jana));
        var proposal = (await f.WaitForAsync<BoardChanged>(e => e.Board.Proposals.Count == 1)).Board.Proposals[0];
        await f.Connection.ExecuteAsync(m, new StartPrioritisation(3, ShowTotals: true));
        await f.Connection.ExecuteAsync(m, new PlaceDots([new DotPlacement(proposal.Id, 2)], s.Jana));
        await s.Anna.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), m, new QuestionDraft("Kdy pojede autobus?", Named: true, s.Jana));
        await f.Connection.ExecuteAsync(m, new AllowProxy(s.AnnaId, false));
        // One's own input is not logged.
        await s.Anna.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), m, new QuestionDraft("Moje vlastní otázka?", Named: true, null));
        await f.WaitForAsync<ModerationRecorded>(e => e.Record.Action == ModerationAction.ProxyWithdrawn);
        await s.Anna.WaitForAsync<QuestionsChanged>(e => e.Questions.Pending == 2);

        const string anna = "Anna Šťastná", jana = "Jana Telefonní";
        Assert.Equal(
            [
                (by, ModerationAction.ProxyAllowed, s.AnnaId, anna),
                (anna, ModerationAction.VoteEnteredOnBehalf, s.Jana, jana),
                (by, ModerationAction.ProposalEnteredOnBehalf, s.Jana, jana),
                (by, ModerationAction.DotsEnteredOnBehalf, s.Jana, jana),
                (anna, ModerationAction.QuestionEnteredOnBehalf, s.Jana, jana),
                (by, ModerationAction.ProxyWithdrawn, s.AnnaId, anna),
            ],
            (await LogAsync(f, m)).Where(r => r.Action != ModerationAction.Started));
    }

    [Fact]
    public async Task A_secret_ballot_entered_for_someone_is_logged_alike_whatever_its_choice()
    {
        // Two meetings, the ballot entered for Jana different in each: the log (and its event) must not tell which.
        var first = await SecretLogAsync([1, 0, 0]);
        var other = await SecretLogAsync([0, 1, 0]);
        Assert.Equal(first, other);
        Assert.Contains("VoteEnteredOnBehalf", first);
    }

    private async Task<string> SecretLogAsync(int[] values)
    {
        await using var s = await SetupAsync();
        var pollId = await OpenPollAsync(s.Facilitator, s.MeetingId, Secret);
        await VoteAsync(s.Facilitator, s.MeetingId, pollId, values, s.Jana);
        var recorded = await s.Anna.WaitForAsync<ModerationRecorded>(e => e.Record.Action == ModerationAction.VoteEnteredOnBehalf);
        var names = new Dictionary<Guid, string> { [s.Jana] = "JANA", [s.You.ParticipantId] = "FACILITATOR" };
        string Text(ModerationRecord r) => $"{names[r.ByParticipantId]} {r.ByName == s.You.DisplayName} {r.Action} {names[r.TargetId!.Value]} {r.TargetName} {r.MergedId} {r.MergedName}";
        var log = (await s.Facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), s.MeetingId)).Moderation
            .Where(r => r.Action == ModerationAction.VoteEnteredOnBehalf);
        return $"{Text(recorded.Record)} | {string.Join(";", log.Select(Text))}";
    }
}
