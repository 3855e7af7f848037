using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Audience;

/// <summary>
/// Who the public sees, through the real hub and relay: observers get each participant by the name or the "role,
/// organisation" they chose, never another observer's name, nor an organizer's e-mail; members still see names.
/// </summary>
public sealed class PublicNamesHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string Hidden = "Marie Skrytá";
    private const string HiddenRole = "pečující, Domov Pohoda";
    private const string Shown = "Petr Veřejný";
    private const string OtherObserver = "Soused Tajný";

    private static readonly JsonSerializerOptions Wire = WireOptions();

    private async Task<(LiveClient Client, MeetingSnapshot Snapshot)> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, await client.JoinAsync(meetingId, joined.Ticket));
    }

    [Fact]
    public async Task Observers_see_each_participant_as_they_chose_and_no_observer_names_or_contact_data_in_anything_they_receive()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var organizerName = (await facilitator.JoinAsync(meeting.Id)).You.DisplayName;
        var (early, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občanka Věra");
        await using var o = early;
        var (other, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, OtherObserver);
        await using var ob = other;
        var (hidden, hiddenSnapshot) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, Hidden);
        await using var h = hidden;
        var (shown, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, Shown);
        await using var s = shown;
        var hiddenId = hiddenSnapshot.You.ParticipantId;

        // The default is role and organisation (here none yet: the public sees no name at all).
        var before = await o.WaitForAsync<RosterChanged>(e => e.Entry.ParticipantId == hiddenId);
        Assert.Equal("", before.Entry.DisplayName);

        await h.ExecuteAsync(meeting.Id, new SetPublicName(ShowName: false, HiddenRole));
        await s.ExecuteAsync(meeting.Id, new SetPublicName(ShowName: true, PublicRole: null));
        await h.ExecuteAsync(meeting.Id, new RaiseHand());
        var asked = await h.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meeting.Id, new QuestionDraft("Kdy otevřete odlehčovací službu?", Named: true));
        await facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(asked.Id, QuestionState.Released));
        await other.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meeting.Id, new QuestionDraft("A kdy bude hotová?", Named: false));

        var chosen = await o.WaitForAsync<RosterChanged>(e => e.Entry.ParticipantId == hiddenId && e.Entry.PublicRole == HiddenRole);
        Assert.Equal(HiddenRole, chosen.Entry.DisplayName);
        Assert.Equal(Shown, (await o.WaitForAsync<RosterChanged>(e => e.Entry.DisplayName == Shown && e.Entry.ShowName)).Entry.DisplayName);
        var released = await o.WaitForAsync<QuestionsChanged>(e => e.Questions.Questions.Count == 1);
        Assert.Equal(HiddenRole, released.Questions.Questions[0].AuthorName);
        await o.WaitForAsync<QuestionsChanged>(e => e.Questions.Pending == 1);

        // One who comes later gets the same in the snapshot, and reads the same questions.
        var (late, lateSnapshot) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Pozdní host");
        await using var l = late;
        Assert.Equal(HiddenRole, lateSnapshot.Roster.Single(e => e.ParticipantId == hiddenId).DisplayName);
        Assert.Contains(lateSnapshot.Roster, e => e.DisplayName == Shown);
        Assert.Equal(hiddenId, lateSnapshot.Speakers.Queue.Single().ParticipantId);
        var read = await l.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id);

        // Members still see names.
        var member = await s.WaitForAsync<RosterChanged>(e => e.Entry.ParticipantId == hiddenId && e.Entry.PublicRole == HiddenRole);
        Assert.Equal(Hidden, member.Entry.DisplayName);
        Assert.Equal(Hidden, (await s.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id)).Questions.Single().AuthorName);

        // The net: nothing an observer received names the hidden participant, the organizer (who chose nothing),
        // another observer, or carries the organizer's e-mail.
        var everything = string.Join("\n", o.Received.Select(e => JsonSerializer.Serialize<object>(e, Wire))
            .Append(JsonSerializer.Serialize(lateSnapshot, Wire)).Append(JsonSerializer.Serialize(read, Wire)));
        Assert.Contains(HiddenRole, everything, StringComparison.Ordinal);
        foreach (var secret in new[] { Hidden, organizerName, OtherObserver, TestAccounts.AdminEmail })
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_facilitator_puts_the_public_questions_into_the_minutes_with_votes_state_and_public_names()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var (hidden, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, Hidden);
        await using var h = hidden;
        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občanka Věra");
        await using var o = observer;
        await h.ExecuteAsync(meeting.Id, new SetPublicName(ShowName: false, HiddenRole));

        var named = await AskAsync(h, meeting.Id, "Kdy otevřete odlehčovací službu?", named: true);
        var popular = await AskAsync(o, meeting.Id, "Bude služba i o víkendu?", named: false);
        var pending = await AskAsync(o, meeting.Id, "Nevyřízená otázka", named: false);
        var hiddenQuestion = await AskAsync(o, meeting.Id, "Skrytá otázka", named: false);
        await facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(named.Id, QuestionState.Answered));
        await facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(popular.Id, QuestionState.Released));
        await facilitator.ExecuteAsync(meeting.Id, new SetQuestionState(hiddenQuestion.Id, QuestionState.Hidden));
        await h.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.UpvoteQuestion), meeting.Id, popular.Id);

        var without = await MinutesAsync(organizer, meeting.Id);
        Assert.DoesNotContain("Otázky z publika", without, StringComparison.Ordinal);
        Assert.DoesNotContain(named.Text, without, StringComparison.Ordinal);

        await HubAssert.Refused(ErrorCodes.Forbidden, () => h.ExecuteAsync(meeting.Id, new SetQuestionsInMinutes(true)));
        await facilitator.ExecuteAsync(meeting.Id, new SetQuestionsInMinutes(true));
        Assert.True((await o.Connection.InvokeAsync<QuestionsView>(nameof(MeetingHub.GetQuestions), meeting.Id)).InMinutes);
        var with = await MinutesAsync(organizer, meeting.Id);
        var section = with[with.IndexOf("Otázky z publika", StringComparison.Ordinal)..];
        // Most votes first; the author by their public name; the state and votes; nothing pending or hidden.
        Assert.Contains($"1. {popular.Text} (zveřejněná; hlasy: 1)", section, StringComparison.Ordinal);
        Assert.Contains($"2. {named.Text} ({HiddenRole}; zodpovězená; hlasy: 0)", section, StringComparison.Ordinal);
        Assert.DoesNotContain(Hidden, section, StringComparison.Ordinal); // the attendance (the members' record) names her
        Assert.DoesNotContain(pending.Text, with, StringComparison.Ordinal);
        Assert.DoesNotContain(hiddenQuestion.Text, with, StringComparison.Ordinal);
        using var docx = await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.docx?lang=cs");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
    }

    private static async Task<string> MinutesAsync(ApiClient organizer, Guid meetingId)
    {
        using var response = await organizer.GetAsync($"/api/meetings/{meetingId}/minutes.md?lang=cs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<QuestionView> AskAsync(LiveClient client, Guid meetingId, string text, bool named) =>
        client.Connection.InvokeAsync<QuestionView>(nameof(MeetingHub.AskQuestion), meetingId, new QuestionDraft(text, named));

    private static JsonSerializerOptions WireOptions()
    {
        // Unescaped, so that the scan finds names with diacritics as they are.
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        WireJson.Configure(options);
        return options;
    }
}
