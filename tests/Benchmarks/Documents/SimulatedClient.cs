using System.Diagnostics;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Benchmarks.Documents;

/// <summary>
/// One simulated browser: the server-sequenced OT client of Web/Client/src/text/otClient.ts (synchronized /
/// awaiting confirm / awaiting with buffer) over a model of the editor that holds only what typing needs, the
/// text length and the caret. Every keystroke is a one-character operation at the caret; while an operation is
/// in flight, keystrokes are composed into one buffered operation with <see cref="TextOperation.Compose"/>.
/// Server operations arrive in revision order from the relay (<see cref="DocumentRelay"/>) and are transformed
/// against the outstanding and buffered operations as the browser does. The client's own edit in that stream
/// takes it out of the transform path; the buffer is sent once the Submit call has returned as well (the ack),
/// so at most one Submit is ever in flight per client.
/// </summary>
internal sealed class SimulatedClient(IVisionDocumentGrain grain, Guid sectionId, int index, int length, int caret, Action<Exception> fail)
{
    private readonly Lock _gate = new();
    private readonly string _key = ((char)(index < 26 ? 'A' + index : 'a' + index - 26)).ToString();
    private readonly Guid _author = Guid.NewGuid();
    private readonly List<double> _latencies = [];
    private long _revision;
    private int _length = length;
    private int _caret = caret;
    private Pending? _outstanding;
    private TextOperation? _buffer;
    private int _bufferKeys;
    private int _nextId;

    /// <summary>The character this client types (one letter per client, so the result can be counted per client).</summary>
    public char Key => _key[0];

    public long Typed { get; private set; }

    public long AckedKeys { get; private set; }

    public long Acks { get; private set; }

    public long Sent { get; private set; }

    public long Revision => _revision;

    public int Length => _length;

    /// <summary>True when nothing is typed but unacknowledged.</summary>
    public bool Idle
    {
        get
        {
            lock (_gate)
            {
                return _outstanding is null && _buffer is null;
            }
        }
    }

    public IReadOnlyList<double> Latencies
    {
        get
        {
            lock (_gate)
            {
                return [.. _latencies];
            }
        }
    }

    /// <summary>Types <paramref name="keys"/> keystrokes at the caret, one operation each.</summary>
    public void Type(int keys)
    {
        EditSubmission? send = null;
        lock (_gate)
        {
            for (var i = 0; i < keys; i++)
            {
                var op = TextOperation.Splice(_length, _caret, 0, _key);
                _length++;
                _caret++;
                Typed++;
                if (_outstanding is null)
                {
                    send = StartSend(op, 1);
                }
                else if (_buffer is null)
                {
                    _buffer = op;
                    _bufferKeys = 1;
                }
                else
                {
                    _buffer = TextOperation.Compose(_buffer, op);
                    _bufferKeys++;
                }
            }
        }

        Submit(send);
    }

    /// <summary>The next edit of the server's history (called in revision order).</summary>
    public EditSubmission? OnServerEdit(AcceptedEdit edit)
    {
        lock (_gate)
        {
            _revision++;
            if (_outstanding is { InHistory: false } outstanding && edit.ClientOpId == outstanding.Id)
            {
                // Our own operation: it is in the history now, so later server edits no longer pass it.
                outstanding.InHistory = true;
                return outstanding.Returned ? Acknowledge() : null;
            }

            var server = edit.Operation;
            if (_outstanding is { InHistory: false } pending)
            {
                (server, pending.Op) = TextOperation.Transform(server, pending.Op);
            }

            if (_buffer is not null)
            {
                (server, _buffer) = TextOperation.Transform(server, _buffer);
            }

            if (server.BaseLength != _length)
            {
                throw new InvalidOperationException($"client {Key}: server edit expects {server.BaseLength} characters, editor has {_length}");
            }

            _caret = MapCaret(server, _caret);
            _length = server.TargetLength;
            return null;
        }
    }

    private EditSubmission StartSend(TextOperation op, int keys)
    {
        var id = $"{Key}:{++_nextId}";
        _outstanding = new Pending(op, id, keys, Stopwatch.GetTimestamp());
        Sent++;
        return new EditSubmission(sectionId, _revision, op, id, _author);
    }

    /// <summary>Both the Submit answer and the edit in the stream are here: the buffer goes next.</summary>
    private EditSubmission? Acknowledge()
    {
        var done = _outstanding!;
        _outstanding = null;
        AckedKeys += done.Keys;
        if (_buffer is null)
        {
            return null;
        }

        var send = StartSend(_buffer, _bufferKeys);
        _buffer = null;
        _bufferKeys = 0;
        return send;
    }

    public void Submit(EditSubmission? submission)
    {
        if (submission is not null)
        {
            _ = SubmitAsync(submission);
        }
    }

    private async Task SubmitAsync(EditSubmission submission)
    {
        try
        {
            await grain.Submit(submission);
            var now = Stopwatch.GetTimestamp();
            EditSubmission? next;
            lock (_gate)
            {
                var outstanding = _outstanding!;
                _latencies.Add(Stopwatch.GetElapsedTime(outstanding.SentAt, now).TotalMilliseconds);
                Acks++;
                outstanding.Returned = true;
                next = outstanding.InHistory ? Acknowledge() : null;
            }

            Submit(next);
        }
        catch (Exception e)
        {
            fail(e);
        }
    }

    /// <summary>Where the caret is after <paramref name="op"/>; an insert at the caret lands before it.</summary>
    private static int MapCaret(TextOperation op, int caret)
    {
        var from = 0;
        var to = 0;
        foreach (var c in op.Components)
        {
            switch (c.Kind)
            {
                case TextComponentKind.Retain:
                    if (caret < from + c.Length)
                    {
                        return to + caret - from;
                    }

                    from += c.Length;
                    to += c.Length;
                    break;
                case TextComponentKind.Insert:
                    to += c.Length;
                    break;
                default:
                    if (caret < from + c.Length)
                    {
                        return to;
                    }

                    from += c.Length;
                    break;
            }
        }

        return to + caret - from;
    }

    private sealed class Pending(TextOperation op, string id, int keys, long sentAt)
    {
        public TextOperation Op { get; set; } = op;
        public string Id { get; } = id;
        public int Keys { get; } = keys;
        public long SentAt { get; } = sentAt;
        public bool InHistory { get; set; }
        public bool Returned { get; set; }
    }
}

/// <summary>
/// The web server's relay in miniature: one grain observer for the document, handing each broadcast edit to
/// every client in revision order (edits published before <see cref="Attach"/> wait for it).
/// </summary>
internal sealed class DocumentRelay(Guid sectionId) : IDocumentObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, AcceptedEdit> _early = [];
    private SimulatedClient[] _clients = [];
    private long _next = 1;

    public long Delivered => Volatile.Read(ref _next) - 1;

    public Exception? Failure { get; private set; }

    public void Attach(SimulatedClient[] clients, long revision)
    {
        lock (_gate)
        {
            _clients = clients;
            _next = revision + 1;
        }
    }

    public Task OnEvents(IReadOnlyList<DocumentEvent> events)
    {
        foreach (var e in events)
        {
            if (e is TextEdited { Edit: var edit } && edit.SectionId == sectionId)
            {
                Deliver(edit);
            }
        }

        return Task.CompletedTask;
    }

    private void Deliver(AcceptedEdit edit)
    {

        List<(SimulatedClient, EditSubmission)>? sends = null;
        try
        {
            lock (_gate)
            {
                _early[edit.Revision] = edit;
                while (_early.Remove(_next, out var next))
                {
                    foreach (var client in _clients)
                    {
                        if (client.OnServerEdit(next) is { } send)
                        {
                            (sends ??= []).Add((client, send));
                        }
                    }

                    Volatile.Write(ref _next, _next + 1);
                }
            }
        }
        catch (Exception e)
        {
            Failure ??= e;
        }

        foreach (var (client, send) in sends ?? [])
        {
            client.Submit(send);
        }
    }
}
