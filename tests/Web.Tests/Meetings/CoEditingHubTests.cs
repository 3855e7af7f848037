using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>Co-editing through the real hub on real Kestrel.</summary>
public sealed class CoEditingHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private sealed record Setup(ApiClient Organizer, MeetingDetails Meeting, VisionDocumentDetails Document)
    {
        public Guid SectionId => Document.Sections[0].Id;
    }

    private async Task<Setup> CreateAsync(string text = "Lidé vědí, na koho se obrátit.")
    {
        var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Uživatelé služeb v sociální oblasti", text));
        return new Setup(organizer, meeting, document);
    }

    private async Task<LiveClient> JoinedAsync(Setup setup, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(setup.Organizer, visitor, setup.Meeting.Id, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(setup.Meeting.Id, joined.Ticket);
        return client;
    }

    private static EditRequest Edit(Guid sectionId, long revision, string operationJson, string id) =>
        new(sectionId, revision, JsonDocument.Parse(operationJson).RootElement, id);

    [Fact]
    public async Task Twenty_clients_with_random_delays_and_reconnects_converge_on_the_servers_text()
    {
        var setup = await CreateAsync("Vize: ");
        var editors = new List<TestEditor>();
        for (var i = 0; i < 20; i++)
        {
            using var visitor = app.NewClient();
            var joined = await MeetingSetup.JoinAsync(setup.Organizer, visitor, setup.Meeting.Id, MeetingRole.Participant, $"Účastník {i}");
            var editor = new TestEditor(app.Host.BaseUri, setup.Meeting.Id, joined.Ticket, setup.SectionId, $"c{i}");
            await editor.ConnectAsync();
            editors.Add(editor);
        }

        await Task.WhenAll(editors.Select(async (editor, i) =>
        {
            var random = new Random(1000 + i);
            for (var step = 0; step < 40; step++)
            {
                editor.TypeRandomly(random);
                if (random.Next(15) == 0)
                {
                    await editor.DropAsync();
                    editor.TypeRandomly(random); // typed while offline
                    await editor.ConnectAsync();
                }

                await Task.Delay(random.Next(0, 15)); // a person's pace, not synchronisation
            }
        }));

        await Eventually.TrueAsync(() => editors.All(e => e.Settled || e.Failure is not null), TimeSpan.FromSeconds(30));
        Assert.All(editors, e => Assert.Null(e.Failure));

        await using var observer = await LiveClient.ConnectAsync(app.Host.BaseUri, setup.Organizer.Cookies);
        await observer.JoinAsync(setup.Meeting.Id);
        var server = (await observer.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id)).Sections[0];
        await Eventually.TrueAsync(() => editors.All(e => e.Revision == server.Revision), TimeSpan.FromSeconds(10));
        Assert.All(editors, e => Assert.Equal(server.Text, e.Text));
        // Each client's first keystroke goes out at once; later ones may be composed while one is in flight.
        Assert.True(server.Revision >= editors.Count, $"only {server.Revision} revisions");
        foreach (var editor in editors)
        {
            await editor.DisposeAsync();
        }
    }

    [Fact]
    public async Task Edits_relayed_together_keep_their_order_and_none_is_lost_or_repeated()
    {
        var setup = await CreateAsync("Vize: ");
        // A participant who only reads gets every edit; an observer gets them composed per round.
        await using var reader = await JoinedAsync(setup, MeetingRole.Participant, "Čtenář");
        var messages = new System.Collections.Concurrent.ConcurrentQueue<TextEditsMessage>();
        reader.Connection.On<TextEditsMessage>(ClientEvents.TextEdits, messages.Enqueue);
        await reader.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await using var watcher = await JoinedAsync(setup, MeetingRole.Observer, "Občan");
        var changes = new System.Collections.Concurrent.ConcurrentQueue<TextChangesMessage>();
        watcher.Connection.On<TextChangesMessage>(ClientEvents.TextChanges, changes.Enqueue);
        await watcher.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        var editors = new List<TestEditor>();
        for (var i = 0; i < 10; i++)
        {
            using var visitor = app.NewClient();
            var joined = await MeetingSetup.JoinAsync(setup.Organizer, visitor, setup.Meeting.Id, MeetingRole.Participant, $"Pisatel {i}");
            var editor = new TestEditor(app.Host.BaseUri, setup.Meeting.Id, joined.Ticket, setup.SectionId, $"b{i}");
            await editor.ConnectAsync();
            editors.Add(editor);
        }

        // Everyone types at once, without pauses: edits pile up and travel together.
        await Task.WhenAll(editors.Select((editor, i) => Task.Run(() =>
        {
            var random = new Random(77 + i);
            for (var k = 0; k < 30; k++)
            {
                editor.TypeRandomly(random);
            }
        })));
        await Eventually.TrueAsync(() => editors.All(e => e.Settled || e.Failure is not null), TimeSpan.FromSeconds(30));
        Assert.All(editors, e => Assert.Null(e.Failure));
        var revision = editors.Max(e => e.Revision);
        await Eventually.TrueAsync(() => messages.Sum(m => m.Edits.Count) >= revision, TimeSpan.FromSeconds(10));

        var relayed = messages.SelectMany(m => m.Edits).Select(e => e.Revision).ToList();
        Assert.Equal(Enumerable.Range(1, (int)revision).Select(r => (long)r), relayed);
        Assert.All(editors, e => Assert.Equal(editors[0].Text, e.Text));

        // The observer's ranges follow each other without gap or overlap, and their operations give the same text.
        await Eventually.TrueAsync(() => changes.LastOrDefault()?.Changes[^1].ToRevision >= revision, TimeSpan.FromSeconds(10));
        var composed = changes.SelectMany(m => m.Changes).ToList();
        Assert.Equal(Enumerable.Range(1, (int)revision).Select(r => (long)r), composed.SelectMany(c => Enumerable.Range((int)c.FromRevision, (int)(c.ToRevision - c.FromRevision + 1)).Select(r => (long)r)));
        Assert.True(composed.Count < revision, $"{composed.Count} changes for {revision} edits: nothing was composed");
        Assert.Equal(editors[0].Text, composed.Aggregate("Vize: ", (text, c) => c.Operation.Apply(text)));
        foreach (var editor in editors)
        {
            await editor.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_edit_is_acknowledged_broadcast_to_everyone_and_idempotent_when_resubmitted()
    {
        var setup = await CreateAsync("Ahoj");
        await using var anna = await JoinedAsync(setup, MeetingRole.Participant, "Anna");
        await using var watcher = await JoinedAsync(setup, MeetingRole.Observer, "Občan");
        var ownEdit = new TaskCompletionSource<TextEditedMessage>();
        var watcherEdits = new TaskCompletionSource<TextChangeMessage>();
        anna.Connection.On<TextEditsMessage>(ClientEvents.TextEdits, m => ownEdit.TrySetResult(Assert.Single(m.Edits)));
        watcher.Connection.On<TextChangesMessage>(ClientEvents.TextChanges, m => watcherEdits.TrySetResult(Assert.Single(m.Changes)));
        await anna.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await watcher.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);

        var ack = await anna.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), setup.Meeting.Id, Edit(setup.SectionId, 0, "[4,\" světe\"]", "anna:1"));

        Assert.Equal(1, ack.Revision);
        // The author gets its own edit as an event too (the server sends it before the acknowledgement).
        var own = await ownEdit.Task.WaitAsync(LiveClient.Timeout);
        Assert.Equal(("anna:1", 1L, "[4,\" světe\"]"), (own.ClientOpId, own.Revision, own.Operation.ToJson()));

        var seen = await watcherEdits.Task.WaitAsync(LiveClient.Timeout);
        Assert.Equal((1L, 1L, "[4,\" světe\"]"), (seen.FromRevision, seen.ToRevision, seen.Operation.ToJson()));
        // Observers place Anna's caret after what she typed, without her sending it.
        Assert.Equal(new AuthorCaret(own.AuthorId, 10), Assert.Single(seen.Carets));
        var again = await anna.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), setup.Meeting.Id, Edit(setup.SectionId, 0, "[4,\" světe\"]", "anna:1"));
        Assert.Equal(ack, again);
        var text = (await anna.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id)).Sections[0].Text;
        Assert.Equal("Ahoj světe", text);
    }

    [Fact]
    public async Task Observers_change_nothing_and_participants_cannot_lock()
    {
        var setup = await CreateAsync("Text");
        await using var observer = await JoinedAsync(setup, MeetingRole.Observer, "Občan");
        await using var participant = await JoinedAsync(setup, MeetingRole.Participant, "Jana");
        await observer.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await participant.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);

        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), setup.Meeting.Id, Edit(setup.SectionId, 0, "[\"x\",4]", "o:1")));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Connection.InvokeAsync(nameof(MeetingHub.MoveCaret), setup.Meeting.Id, new CaretRequest(setup.SectionId, 1, 1, 0)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => observer.Connection.InvokeAsync(nameof(MeetingHub.SetLock), setup.Meeting.Id, new LockRequest(null, true)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => participant.Connection.InvokeAsync(nameof(MeetingHub.SetLock), setup.Meeting.Id, new LockRequest(setup.SectionId, true)));

        var section = (await observer.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id)).Sections[0];
        Assert.Equal(("Text", 0L, false), (section.Text, section.Revision, section.Locked));
    }

    [Fact]
    public async Task Bad_edits_get_their_codes_and_the_connection_goes_on()
    {
        var setup = await CreateAsync("Text");
        await using var participant = await JoinedAsync(setup, MeetingRole.Participant, "Jana");
        Task<EditAck> Submit(EditRequest request) => participant.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), setup.Meeting.Id, request);

        await HubAssert.Refused(ErrorCodes.DocumentNotOpen, () => Submit(Edit(setup.SectionId, 0, "[\"x\",4]", "j:1")));
        await participant.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await HubAssert.Refused(ErrorCodes.PayloadMalformed, () => Submit(Edit(setup.SectionId, 0, "[\"x\",0]", "j:1")));
        await HubAssert.Refused(ErrorCodes.PayloadMalformed, () => Submit(Edit(setup.SectionId, 0, "{\"insert\":\"x\"}", "j:1")));
        await HubAssert.Refused(ErrorCodes.TextLengthMismatch, () => Submit(Edit(setup.SectionId, 0, "[\"x\",9]", "j:1")));
        await HubAssert.Refused(ErrorCodes.RevisionUnknown, () => Submit(Edit(setup.SectionId, 3, "[\"x\",4]", "j:1")));
        await HubAssert.Refused(ErrorCodes.NotFound, () => Submit(Edit(Guid.NewGuid(), 0, "[\"x\",4]", "j:1")));
        await HubAssert.Refused(ErrorCodes.Required, () => Submit(Edit(setup.SectionId, 0, "[\"x\",4]", "")));

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, setup.Organizer.Cookies);
        await facilitator.JoinAsync(setup.Meeting.Id);
        await facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await facilitator.Connection.InvokeAsync(nameof(MeetingHub.SetLock), setup.Meeting.Id, new LockRequest(setup.SectionId, true));
        await HubAssert.Refused(ErrorCodes.DocumentLocked, () => Submit(Edit(setup.SectionId, 0, "[\"x\",4]", "j:2")));
        await facilitator.Connection.InvokeAsync(nameof(MeetingHub.SetLock), setup.Meeting.Id, new LockRequest(setup.SectionId, false));

        Assert.Equal(1, (await Submit(Edit(setup.SectionId, 0, "[\"x\",4]", "j:3"))).Revision);
    }

    [Fact]
    public async Task A_client_op_id_is_taken_exactly_as_sent_or_refused()
    {
        var setup = await CreateAsync("Text");
        await using var participant = await JoinedAsync(setup, MeetingRole.Participant, "Jana");
        await participant.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        Task<EditAck> Submit(string clientOpId) => participant.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit),
            setup.Meeting.Id, Edit(setup.SectionId, 0, "[\"x\",4]", clientOpId));

        await HubAssert.Refused(ErrorCodes.Required, () => Submit(""));
        await HubAssert.Refused(ErrorCodes.Required, () => Submit("  "));
        // Trimmed, it would come back in textEdits as an id the client never sent: its own edit unrecognised.
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Submit(" k3f9:17"));
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Submit("k3f9:17\u00a0"));
        // The server's own edits (a restored version) start so, and move nobody's caret.
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Submit($"{AcceptedEdit.ServerMadePrefix}k3f9"));
        await HubAssert.Refused(ErrorCodes.ControlCharacters, () => Submit("k3f9\u0007"));
        await HubAssert.Refused(ErrorCodes.TooLong, () => Submit(new string('k', ClientOpIds.MaxLength + 1)));

        var unchanged = (await participant.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id)).Sections[0];
        Assert.Equal(("Text", 0L), (unchanged.Text, unchanged.Revision));
        var longest = new string('k', ClientOpIds.MaxLength / 2 - 1) + " " + new string('k', ClientOpIds.MaxLength / 2);
        Assert.Equal(1, (await Submit(longest)).Revision);
    }

    [Fact]
    public async Task Carets_and_locks_reach_the_others()
    {
        var setup = await CreateAsync("Text");
        await using var jana = await JoinedAsync(setup, MeetingRole.Participant, "Jana");
        await using var petr = await JoinedAsync(setup, MeetingRole.Participant, "Petr");
        var caret = new TaskCompletionSource<CaretMovedMessage>();
        var locked = new TaskCompletionSource<LockChanged>();
        petr.Connection.On<CaretMovedMessage>(ClientEvents.CaretMoved, c => caret.TrySetResult(c));
        petr.Connection.On<LockChanged>(ClientEvents.LockChanged, l => locked.TrySetResult(l));
        await jana.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await petr.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);

        await jana.Connection.InvokeAsync(nameof(MeetingHub.MoveCaret), setup.Meeting.Id, new CaretRequest(setup.SectionId, 1, 3, 0));
        var moved = await caret.Task.WaitAsync(LiveClient.Timeout);
        Assert.Equal(("Jana", 1, 3), (moved.DisplayName, moved.Anchor, moved.Head));

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, setup.Organizer.Cookies);
        await facilitator.JoinAsync(setup.Meeting.Id);
        await facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), setup.Meeting.Id);
        await facilitator.Connection.InvokeAsync(nameof(MeetingHub.SetLock), setup.Meeting.Id, new LockRequest(null, true));
        var change = await locked.Task.WaitAsync(LiveClient.Timeout);
        Assert.Equal((null, true), (change.SectionId, change.Locked));
    }
}

public sealed class CommentAndHistoryHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task Comments_are_live_for_everyone_and_only_the_facilitator_marks_them_incorporated()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var document = await organizer.PostAsync<VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents",
            new { title = "Vize", sections = new[] { new { heading = "Řízení", text = "Síť služeb je pružná." } } });
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, document.Id, group.Id);
        var sectionId = document.Sections[0].Id;

        async Task<LiveClient> Join(MeetingRole role, string name)
        {
            using var visitor = app.NewClient();
            var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, role, name);
            var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
            await client.JoinAsync(meeting.Id, joined.Ticket);
            await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
            return client;
        }

        await using var jana = await Join(MeetingRole.Participant, "Jana");
        await using var observer = await Join(MeetingRole.Observer, "Občan");
        var seen = new TaskCompletionSource<CommentChanged>();
        observer.Connection.On<CommentChanged>(ClientEvents.CommentChanged, c => seen.TrySetResult(c));

        var comment = await jana.Connection.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), meeting.Id, new CommentDraft(sectionId, 0, 3, 0, "Doplnit"));
        // The observer gets the comment without the author's name (its client names her from its public roster).
        var observed = (await seen.Task.WaitAsync(LiveClient.Timeout)).Comment;
        Assert.Equal(("", comment.AuthorId, "Jana", "Síť"), (observed.AuthorName, observed.AuthorId, comment.AuthorName, comment.Quote));

        var refused = await Assert.ThrowsAsync<HubException>(() => jana.Connection.InvokeAsync<Comment>(nameof(MeetingHub.SetCommentStatus), meeting.Id, new CommentStatusRequest(comment.Id, CommentStatus.Incorporated)));
        Assert.EndsWith($"HubException: {ErrorCodes.Forbidden}", refused.Message);
        var observerRefused = await Assert.ThrowsAsync<HubException>(() => observer.Connection.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), meeting.Id, new CommentDraft(sectionId, 0, 1, 0, "x")));
        Assert.EndsWith($"HubException: {ErrorCodes.Forbidden}", observerRefused.Message);
        Assert.Equal(CommentStatus.Resolved, (await jana.Connection.InvokeAsync<Comment>(nameof(MeetingHub.SetCommentStatus), meeting.Id, new CommentStatusRequest(comment.Id, CommentStatus.Resolved))).Status);

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        var incorporated = await facilitator.Connection.InvokeAsync<Comment>(nameof(MeetingHub.SetCommentStatus), meeting.Id, new CommentStatusRequest(comment.Id, CommentStatus.Incorporated));
        Assert.Equal(CommentStatus.Incorporated, incorporated.Status);

        var adopted = await facilitator.Connection.InvokeAsync<AdoptedWording>(nameof(MeetingHub.AdoptWording), meeting.Id);
        Assert.Equal("Síť služeb je pružná.", adopted.Sections.Single().Text);
        Assert.Single(await observer.Connection.InvokeAsync<List<Comment>>(nameof(MeetingHub.GetComments), meeting.Id));
    }

    [Fact]
    public async Task A_comment_range_outside_the_text_at_its_revision_is_refused_and_nothing_is_stored()
    {
        using var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, ("Řízení", "Text"));
        var sectionId = document.Sections[0].Id;
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");
        await using var jana = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await jana.JoinAsync(meeting.Id, joined.Ticket);
        await jana.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        Task<Comment> Add(int from, int to, long revision) =>
            jana.Connection.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), meeting.Id, new CommentDraft(sectionId, from, to, revision, "Doplnit"));
        // Revision 0 is "Text" (4 characters); revision 1 makes it 24.
        var longer = await jana.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meeting.Id,
            new EditRequest(sectionId, 0, JsonDocument.Parse("[4,\" a ještě něco navíc\"]").RootElement, "j:1"));
        Assert.Equal(1, longer.Revision);

        // Past the end of the text it was chosen in: moved through the later edit it would land inside.
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Add(2, 10, 0));
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Add(2, 25, 1));
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Add(-1, 2, 1));
        await HubAssert.Refused(ErrorCodes.InvalidValue, () => Add(3, 2, 1));
        await HubAssert.Refused(ErrorCodes.RevisionUnknown, () => Add(0, 2, 2));
        Assert.Empty(await jana.Connection.InvokeAsync<List<Comment>>(nameof(MeetingHub.GetComments), meeting.Id));

        var whole = await Add(0, 4, 0);
        Assert.Equal(("Text", 0, 4, 1L), (whole.Quote, whole.From, whole.To, whole.Revision));
    }
}
