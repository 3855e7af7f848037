using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// A simulated editor of one section speaking the real protocol as the browser does: server-sequenced OT
/// with one operation in flight and later keystrokes composed into a buffer; its own <c>textEdited</c>
/// event is its acknowledgement. It can drop its connection and come back, resending what was unconfirmed.
/// </summary>
public sealed class TestEditor(Uri baseUri, Guid meetingId, string ticket, Guid sectionId, string clientId) : IAsyncDisposable
{
    private readonly object _gate = new();
    private LiveClient? _live;
    private string _text = "";
    private long _revision;
    private TextOperation? _outstanding;
    private string? _outstandingId;
    private TextOperation? _buffer;
    private int _counter;
    private Exception? _failure;
    private bool _holding;
    private readonly List<TextEditedMessage> _held = [];

    public string Text { get { lock (_gate) { return _text; } } }

    public long Revision { get { lock (_gate) { return _revision; } } }

    public bool Settled { get { lock (_gate) { return _outstanding is null && _buffer is null; } } }

    /// <summary>The first error the server answered with; the simulation fails on any.</summary>
    public Exception? Failure => _failure;

    public async Task ConnectAsync()
    {
        lock (_gate)
        {
            _holding = true; // events that arrive before the state they follow is known wait
        }

        var live = await LiveClient.ConnectAsync(baseUri);
        live.Connection.On<TextEditsMessage>(ClientEvents.TextEdits, m => m.Edits.ToList().ForEach(OnTextEdited));
        await live.JoinAsync(meetingId, ticket);
        var snapshot = await live.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meetingId);
        bool firstTime;
        lock (_gate)
        {
            firstTime = _counter == 0 && _revision == 0;
            if (firstTime)
            {
                var section = snapshot.Sections.Single(s => s.SectionId == sectionId);
                (_text, _revision) = (section.Text, section.Revision);
            }
        }

        // Back after a drop: catch up on what was missed, then resend the unconfirmed edit under its id.
        var missed = firstTime
            ? []
            : await live.Connection.InvokeAsync<List<TextEditedMessage>>(nameof(MeetingHub.GetEdits), meetingId, new EditsRequest(sectionId, Revision));
        lock (_gate)
        {
            _live = live;
            _holding = false;
            foreach (var edit in missed.Concat(_held).OrderBy(e => e.Revision))
            {
                Process(edit);
            }

            _held.Clear();
            if (_outstanding is not null)
            {
                Send(_outstanding, _outstandingId!, _revision);
            }
        }
    }

    public async Task DropAsync()
    {
        LiveClient? live;
        lock (_gate)
        {
            live = _live;
            _live = null;
        }

        if (live is not null)
        {
            await live.DisposeAsync();
        }
    }

    /// <summary>Types: inserts or deletes at a random place of the current local text.</summary>
    public void TypeRandomly(Random random)
    {
        lock (_gate)
        {
            var length = _text.Length;
            var operation = length > 0 && random.Next(4) == 0
                ? TextOperation.Splice(length, random.Next(length), 1, "")
                : TextOperation.Splice(length, random.Next(length + 1), 0, "ěščřžýáíéůú abc"[random.Next(15)].ToString());
            ApplyLocal(operation);
        }
    }

    private void ApplyLocal(TextOperation operation)
    {
        _text = operation.Apply(_text);
        if (_outstanding is null)
        {
            _outstanding = operation;
            _outstandingId = $"{clientId}:{++_counter}";
            Send(_outstanding, _outstandingId, _revision);
        }
        else
        {
            _buffer = _buffer is null ? operation : TextOperation.Compose(_buffer, operation);
        }
    }

    private void OnTextEdited(TextEditedMessage edit)
    {
        if (edit.SectionId != sectionId)
        {
            return;
        }

        lock (_gate)
        {
            if (_holding)
            {
                _held.Add(edit);
            }
            else
            {
                Process(edit);
            }
        }
    }

    private void Process(TextEditedMessage edit)
    {
        {
            if (edit.Revision <= _revision)
            {
                return; // already seen (events can repeat after a catch-up)
            }

            if (edit.Revision != _revision + 1)
            {
                _failure ??= new InvalidOperationException($"{clientId}: gap from {_revision} to {edit.Revision}");
                return;
            }

            _revision = edit.Revision;
            if (_outstanding is not null && edit.ClientOpId == _outstandingId)
            {
                (_outstanding, _buffer) = (_buffer, null);
                if (_outstanding is not null)
                {
                    _outstandingId = $"{clientId}:{++_counter}";
                    Send(_outstanding, _outstandingId, _revision);
                }

                return;
            }

            var incoming = edit.Operation;
            if (_outstanding is not null)
            {
                (incoming, _outstanding) = TextOperation.Transform(incoming, _outstanding);
                if (_buffer is not null)
                {
                    (incoming, _buffer) = TextOperation.Transform(incoming, _buffer);
                }
            }

            _text = incoming.Apply(_text);
        }
    }

    private void Send(TextOperation operation, string clientOpId, long baseRevision)
    {
        var connection = _live?.Connection;
        if (connection is null)
        {
            return; // offline: resent on reconnect
        }

        var request = new EditRequest(sectionId, baseRevision, JsonDocument.Parse(operation.ToJson()).RootElement, clientOpId);
        _ = connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meetingId, request).ContinueWith(t =>
        {
            // A send cut off by a deliberate drop is resent on reconnect; anything else is a failure.
            if (t.Exception?.GetBaseException() is { } e && e is not TaskCanceledException && e is not InvalidOperationException && e is not IOException)
            {
                _failure ??= e;
            }
        }, TaskScheduler.Default);
    }

    public async ValueTask DisposeAsync() => await DropAsync();
}
