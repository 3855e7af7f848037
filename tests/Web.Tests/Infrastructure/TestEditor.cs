using System.Net.WebSockets;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// A simulated editor of one section speaking the real protocol as the browser does: server-sequenced OT
/// with one operation in flight and later keystrokes composed into a buffer; its own <c>textEdited</c>
/// event is its acknowledgement. It can drop its connection and come back, resending what was unconfirmed.
/// <see cref="Resilient"/>, it behaves as the browser does when the cluster fails under it (see Faults/).
/// </summary>
/// <param name="connection">More options of its hub connection (e.g. a transport, a certificate to trust).</param>
public sealed class TestEditor(
    Uri baseUri, Guid meetingId, string ticket, Guid sectionId, string clientId, Action<HttpConnectionOptions>? connection = null) : IAsyncDisposable
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
    private readonly List<IReadOnlyList<TextEditedMessage>> _messages = [];
    private TaskCompletionSource? _settled;
    private readonly List<(string ClientOpId, DateTime At)> _acknowledged = [];
    private Uri _server = baseUri;
    private bool _catchingUp;
    private bool _dropped;

    /// <summary>
    /// As the browser: a gap is fetched with <c>GetEdits</c> (not a failure), an answer to <c>SubmitEdit</c> counts as the
    /// acknowledgement, <c>cluster.unavailable</c> is retried with the same operation id, and a closed connection is
    /// opened again on the next of <see cref="Servers"/>.
    /// </summary>
    public bool Resilient { get; init; }

    /// <summary>Where a <see cref="Resilient"/> editor goes when its web server is gone, in turn.</summary>
    public IReadOnlyList<Uri> Servers { get; init; } = [baseUri];

    /// <summary>The web server this editor is connected to (or will reconnect to).</summary>
    public Uri Server { get { lock (_gate) { return _server; } } }

    /// <summary>Every operation id acknowledged, with when (UTC).</summary>
    public IReadOnlyList<(string ClientOpId, DateTime At)> Acknowledged { get { lock (_gate) { return [.. _acknowledged]; } } }

    public string Text { get { lock (_gate) { return _text; } } }

    public long Revision { get { lock (_gate) { return _revision; } } }

    public bool Settled { get { lock (_gate) { return _outstanding is null && _buffer is null; } } }

    /// <summary>The first error the server answered with; the simulation fails on any.</summary>
    public Exception? Failure => _failure;

    /// <summary>Of every <c>textEdits</c> message, the edits of this section, as they arrived (repeats included).</summary>
    public IReadOnlyList<IReadOnlyList<TextEditedMessage>> ReceivedMessages { get { lock (_gate) { return [.. _messages]; } } }

    /// <summary>
    /// Completes when nothing of this editor's is in flight or waiting (its edits came back), or it failed: so a
    /// writer can go at the server's pace, each edit a real concurrent one, without sleeping.
    /// </summary>
    public Task WhenSettledAsync()
    {
        lock (_gate)
        {
            return (_outstanding is null && _buffer is null) || _failure is not null
                ? Task.CompletedTask
                : (_settled ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    public async Task ConnectAsync()
    {
        lock (_gate)
        {
            _dropped = false;
            _holding = true; // events that arrive before the state they follow is known wait
        }

        var live = await LiveClient.ConnectAsync(Server, configure: connection);
        live.Connection.On<TextEditsMessage>(ClientEvents.TextEdits, OnTextEdits);
        if (Resilient)
        {
            live.Connection.Closed += _ => ReconnectAsync(live);
        }

        try
        {
            await OpenAsync(live);
        }
        catch
        {
            await live.DisposeAsync();
            throw;
        }
    }

    private async Task OpenAsync(LiveClient live)
    {
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
            _dropped = true;
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

    /// <summary>
    /// Inserts <paramref name="size"/> new characters, deleting as many as keep the local text within
    /// <paramref name="maxLength"/>, so the bytes relayed add up fast while the section stays near that length.
    /// (Deletions that overlap a concurrent one delete less, so the text may grow past it until the next edit.)
    /// </summary>
    public void ReplaceBlock(Random random, int size, int maxLength)
    {
        lock (_gate)
        {
            var length = _text.Length;
            var delete = Math.Clamp(length + size - maxLength, 0, length);
            var block = string.Create(size, random, (chars, r) =>
            {
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = "abcdefghijklmnopqrstuvwxyz "[r.Next(27)];
                }
            });
            ApplyLocal(TextOperation.Splice(length, random.Next(length - delete + 1), delete, block));
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

    private void OnTextEdits(TextEditsMessage message)
    {
        var edits = message.Edits.Where(e => e.SectionId == sectionId).ToList();
        if (edits.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _messages.Add(edits);
            foreach (var edit in edits)
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
                if (Resilient)
                {
                    _ = CatchUpAsync(); // an event the relay could not send while the cluster changed: fetch the gap
                    return;
                }

                Fail(new InvalidOperationException($"{clientId}: gap from {_revision} to {edit.Revision}"));
                return;
            }

            _revision = edit.Revision;
            if (_outstanding is not null && edit.ClientOpId == _outstandingId)
            {
                _acknowledged.Add((edit.ClientOpId, DateTime.UtcNow));
                (_outstanding, _buffer) = (_buffer, null);
                if (_outstanding is not null)
                {
                    _outstandingId = $"{clientId}:{++_counter}";
                    Send(_outstanding, _outstandingId, _revision);
                }
                else
                {
                    ReleaseSettled();
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
            if (Resilient && t.IsCompletedSuccessfully)
            {
                Answered(t.Result, clientOpId);
            }
            else if (Resilient && t.Exception?.GetBaseException() is HubException refused && refused.Message.EndsWith(ErrorCodes.ClusterUnavailable, StringComparison.Ordinal))
            {
                _ = RetryAsync(clientOpId);
            }
            else if (Resilient && t.Exception?.GetBaseException() is { } lost && lost is not HubException)
            {
                // The connection went (its web server died): the reconnect resends it.
            }

            // A send cut off by a drop (deliberate, or the web server's death) is resent on reconnect; anything else is a failure.
            else if (t.Exception?.GetBaseException() is { } e
                && e is not TaskCanceledException && e is not InvalidOperationException && e is not IOException && e is not WebSocketException)
            {
                lock (_gate)
                {
                    Fail(e);
                }
            }
        }, TaskScheduler.Default);
    }

    /// <summary>An answer before the edit's own event (which the relay may have missed while the cluster changed): fetch up to it.</summary>
    private void Answered(EditAck ack, string clientOpId)
    {
        lock (_gate)
        {
            if (_outstandingId != clientOpId || _outstanding is null || ack.Revision <= _revision)
            {
                return;
            }
        }

        _ = CatchUpAsync();
    }

    /// <summary>The cluster could not answer: the same edit again, under the same id, a moment later.</summary>
    private async Task RetryAsync(string clientOpId)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(250));
        lock (_gate)
        {
            if (_outstandingId == clientOpId && _outstanding is not null)
            {
                Send(_outstanding, clientOpId, _revision);
            }
        }
    }

    private async Task CatchUpAsync()
    {
        LiveClient? live;
        long after;
        lock (_gate)
        {
            if (_catchingUp || _live is null)
            {
                return;
            }

            (_catchingUp, live, after) = (true, _live, _revision);
        }

        try
        {
            var missed = await live.Connection.InvokeAsync<List<TextEditedMessage>>(nameof(MeetingHub.GetEdits), meetingId, new EditsRequest(sectionId, after));
            lock (_gate)
            {
                foreach (var edit in missed.OrderBy(e => e.Revision))
                {
                    Process(edit);
                }
            }
        }
        catch (Exception e) when (e is HubException or TaskCanceledException or InvalidOperationException or IOException)
        {
            // The next gap or answer tries again.
        }
        finally
        {
            lock (_gate)
            {
                _catchingUp = false;
            }
        }
    }

    /// <summary>The web server closed the connection (or died): open it again, on the next web server that answers.</summary>
    private async Task ReconnectAsync(LiveClient closed)
    {
        lock (_gate)
        {
            if (_dropped || _live != closed)
            {
                return; // a deliberate drop, or a connection that never became this editor's
            }

            _live = null;
        }

        for (var attempt = 1; ; attempt++)
        {
            lock (_gate)
            {
                _server = Servers[attempt % Servers.Count];
            }

            try
            {
                await ConnectAsync();
                return;
            }
            catch (Exception e) when (attempt < 40 && e is HttpRequestException or HubException or IOException or TaskCanceledException or InvalidOperationException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    private void Fail(Exception e)
    {
        _failure ??= e;
        ReleaseSettled(); // whoever waits sees the failure instead of a timeout
    }

    private void ReleaseSettled()
    {
        _settled?.TrySetResult();
        _settled = null;
    }

    public async ValueTask DisposeAsync() => await DropAsync();
}
