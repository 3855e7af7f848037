using System.Collections.Concurrent;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>
/// Who the public sees, in the document relay: an observer's connection gets carets, comments and adopted wordings of
/// the vision and the minutes without anyone's name (its client names people from its public roster), while the
/// participants' connections still get names. Asserted on the raw JSON frames the observer's SignalR client received.
/// </summary>
public sealed class DocumentPublicNamesTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string Hidden = "Marie Skrytá";
    private const string HiddenRole = "pečující, Domov Pohoda";
    private const string Shown = "Petr Veřejný";

    [Fact]
    public async Task An_observer_gets_carets_comments_and_wordings_without_names_and_members_still_get_them()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Vize", "Senioři žijí doma."));
        var section = document.Sections[0].Id;
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var organizerName = (await facilitator.JoinAsync(meeting.Id)).You.DisplayName;
        await facilitator.ExecuteAsync(meeting.Id, new AddAgendaItem(new("Zahájení", null, 5, AgendaItemKind.Other), null));
        var (hidden, hiddenId) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, Hidden);
        await using var h = hidden;
        var (shown, shownId) = await JoinAsync(organizer, meeting.Id, MeetingRole.Participant, Shown);
        await using var s = shown;
        await h.ExecuteAsync(meeting.Id, new SetPublicName(ShowName: false, HiddenRole));
        await s.ExecuteAsync(meeting.Id, new SetPublicName(ShowName: true, PublicRole: null));

        var (observer, _) = await JoinAsync(organizer, meeting.Id, MeetingRole.Observer, "Občanka Věra");
        await using var o = observer;
        var frames = Record(o.Connection);
        var memberFrames = Record(s.Connection);
        foreach (var client in new[] { o, s, h })
        {
            await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        }

        var minutes = (await o.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meeting.Id)).DocumentId;
        var notes = (await h.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meeting.Id)).Sections[0].SectionId;
        await s.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meeting.Id);

        // The hidden participant and the one who shows their name move carets in the vision and the minutes, comment,
        // and the facilitator adopts a wording.
        await h.Connection.InvokeAsync(nameof(MeetingHub.MoveCaret), meeting.Id, new CaretRequest(section, 1, 3, 0));
        await s.Connection.InvokeAsync(nameof(MeetingHub.MoveCaret), meeting.Id, new CaretRequest(section, 2, 2, 0));
        await h.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meeting.Id,
            new EditRequest(notes, 0, JsonSerializer.SerializeToElement(new object[] { "- přivítání" }), "notes-1", minutes));
        await h.Connection.InvokeAsync(nameof(MeetingHub.MoveCaret), meeting.Id, new CaretRequest(notes, 4, 4, 1, minutes));
        var comment = await h.Connection.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), meeting.Id, new CommentDraft(section, 0, 6, 0, "Doplnit pečující."));
        await s.Connection.InvokeAsync<Comment>(nameof(MeetingHub.ReplyToComment), meeting.Id, new ReplyRequest(comment.Id, "Souhlasím."));
        await facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        await facilitator.Connection.InvokeAsync<AdoptedWording>(nameof(MeetingHub.AdoptWording), meeting.Id);

        var carets = await frames.WaitForAsync(ClientEvents.CaretMoved, 3);
        Assert.Contains(carets, c => c.GetProperty("participantId").GetGuid() == hiddenId && c.GetProperty("documentId").GetGuid() == minutes);
        Assert.Contains(carets, c => c.GetProperty("participantId").GetGuid() == shownId);
        Assert.All(carets, c => Assert.Equal("", c.GetProperty("displayName").GetString()));
        // The minutes reach the observer composed, as the vision does: observers are on the viewers' lanes.
        Assert.Contains(await frames.WaitForAsync(ClientEvents.TextChanges, 1), c => c.GetProperty("documentId").GetGuid() == minutes);
        var comments = await frames.WaitForAsync(ClientEvents.CommentChanged, 2);
        Assert.Equal(hiddenId, comments[^1].GetProperty("comment").GetProperty("authorId").GetGuid());
        await frames.WaitForAsync(ClientEvents.WordingAdopted, 1);
        var read = await o.Connection.InvokeAsync<JsonElement>(nameof(MeetingHub.GetComments), meeting.Id);
        var wordings = await o.Connection.InvokeAsync<JsonElement>(nameof(MeetingHub.GetAdoptedWordings), meeting.Id);

        // The net over everything the observer received on the document's events and reads.
        var everything = string.Join("\n", frames.All.Select(f => f.GetRawText()).Append(read.GetRawText()).Append(wordings.GetRawText()));
        Assert.Contains("Doplnit pečující.", everything, StringComparison.Ordinal);
        foreach (var name in new[] { Hidden, Shown, organizerName })
        {
            Assert.DoesNotContain(name, Unescaped(everything), StringComparison.Ordinal);
        }

        // Members are named: on their carets and in what they read.
        var memberCarets = await memberFrames.WaitForAsync(ClientEvents.CaretMoved, 2);
        Assert.Contains(memberCarets, c => c.GetProperty("displayName").GetString() == Hidden);
        var memberComments = await s.Connection.InvokeAsync<IReadOnlyList<Comment>>(nameof(MeetingHub.GetComments), meeting.Id);
        Assert.Equal(Hidden, memberComments.Single().AuthorName);
        Assert.Equal(Shown, memberComments.Single().Replies.Single().AuthorName);
        Assert.Equal(organizerName, (await s.Connection.InvokeAsync<IReadOnlyList<AdoptedWording>>(nameof(MeetingHub.GetAdoptedWordings), meeting.Id)).Single().AdoptedByName);
    }

    private async Task<(LiveClient Client, Guid ParticipantId)> JoinAsync(ApiClient organizer, Guid meetingId, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meetingId, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, (await client.JoinAsync(meetingId, joined.Ticket)).You.ParticipantId);
    }

    private static RawFrames Record(HubConnection connection)
    {
        var frames = new RawFrames();
        foreach (var method in new[] { ClientEvents.CaretMoved, ClientEvents.TextChanges, ClientEvents.TextEdits, ClientEvents.CommentChanged, ClientEvents.WordingAdopted })
        {
            connection.On<JsonElement>(method, e => frames.Add(method, e));
        }

        return frames;
    }

    /// <summary>Names with diacritics are escaped in JSON ("\u00E1"): read them back before scanning.</summary>
    private static string Unescaped(string json) => System.Text.RegularExpressions.Regex.Unescape(json);

    /// <summary>The raw payloads one connection received, per client event.</summary>
    private sealed class RawFrames
    {
        private readonly ConcurrentDictionary<string, List<JsonElement>> _byMethod = new();
        private readonly SemaphoreSlim _arrived = new(0);

        public IEnumerable<JsonElement> All => _byMethod.Values.SelectMany(Copy);

        public void Add(string method, JsonElement payload)
        {
            var list = _byMethod.GetOrAdd(method, _ => []);
            lock (list)
            {
                list.Add(payload.Clone());
            }

            _arrived.Release();
        }

        /// <summary>Waits until at least <paramref name="count"/> frames of the event arrived; returns all of them.</summary>
        public async Task<IReadOnlyList<JsonElement>> WaitForAsync(string method, int count)
        {
            using var timeout = new CancellationTokenSource(LiveClient.Timeout);
            while (Copy(_byMethod.GetOrAdd(method, _ => [])) is var got && got.Count < count)
            {
                await _arrived.WaitAsync(timeout.Token);
            }

            return Copy(_byMethod[method]);
        }

        private static List<JsonElement> Copy(List<JsonElement> list)
        {
            lock (list)
            {
                return [.. list];
            }
        }
    }
}
