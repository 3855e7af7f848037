using System.Diagnostics;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// A writer as the browser is one: server-sequenced OT with one operation in flight and later keystrokes
/// composed into a buffer; its own <c>textEdited</c> is the acknowledgement. Every keystroke keeps its local time
/// and, once acknowledged, the revision that carried it; every revision received keeps its arrival time.
/// The text is a <see cref="TextBuffer"/> edited in place, as an editor's document is: a string rebuilt per
/// remote edit made the 50 writers allocate 150 MB/s and the tool collect garbage 25 times a second, pauses
/// that every client of the tool then "saw" as latency.
/// </summary>
public sealed class DocumentWriter(AudienceClient client, Guid meetingId, Guid sectionId, string id)
{
    private readonly Lock _gate = new();
    private readonly List<long> _outstandingKeys = [];
    private readonly List<long> _bufferKeys = [];
    private TextBuffer _text = new();
    private long _revision;
    private TextOperation? _outstanding;
    private string? _outstandingId;
    private TextOperation? _buffer;
    private int _counter;

    /// <summary>Keystrokes: local Stopwatch time and the revision that carried it (0 until acknowledged).</summary>
    public List<(long At, long Revision)> Keystrokes { get; } = [];

    public Exception? Failure { get; private set; }

    public AudienceClient Client => client;

    public string Text { get { lock (_gate) { return _text.ToString(); } } }

    public long Revision { get { lock (_gate) { return _revision; } } }

    public bool Settled { get { lock (_gate) { return _outstanding is null && _buffer is null; } } }

    /// <summary>Starts the record afresh (after a warm-up); only while nothing is in flight.</summary>
    public void ForgetKeystrokes()
    {
        lock (_gate)
        {
            if (_outstanding is not null || _buffer is not null)
            {
                throw new InvalidOperationException($"{id} has edits in flight");
            }

            Keystrokes.Clear();
        }
    }

    public async Task OpenAsync()
    {
        client.Connection.On<TextEditsMessage>(ClientEvents.TextEdits, m =>
        {
            foreach (var edit in m.Edits)
            {
                OnTextEdited(edit);
            }
        });
        var snapshot = await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meetingId);
        var section = snapshot.Sections.Single(s => s.SectionId == sectionId);
        lock (_gate)
        {
            // Events that came before the snapshot are older than it and were dropped by the revision check.
            (_text, _revision) = (new TextBuffer(section.Text), Math.Max(_revision, section.Revision));
        }
    }

    /// <summary>Inserts one character at a random place of the current local text.</summary>
    public void Type(Random random)
    {
        lock (_gate)
        {
            var position = random.Next(_text.Length + 1);
            var op = TextOperation.Splice(_text.Length, position, 0, "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž "[random.Next(42)].ToString());
            _text.Apply(op);
            var key = Keystrokes.Count;
            Keystrokes.Add((Stopwatch.GetTimestamp(), 0));
            if (_outstanding is null)
            {
                _outstanding = op;
                _outstandingKeys.Add(key);
                Send();
            }
            else
            {
                _buffer = _buffer is null ? op : TextOperation.Compose(_buffer, op);
                _bufferKeys.Add(key);
            }
        }
    }

    private void OnTextEdited(TextEditedMessage edit)
    {
        if (edit.SectionId != sectionId)
        {
            return;
        }

        client.Arrivals.Record(edit.Revision);
        lock (_gate)
        {
            if (edit.Revision <= _revision)
            {
                return;
            }

            if (edit.Revision != _revision + 1)
            {
                Failure ??= new InvalidOperationException($"{id}: gap from {_revision} to {edit.Revision}");
                return;
            }

            _revision = edit.Revision;
            if (_outstanding is not null && edit.ClientOpId == _outstandingId)
            {
                foreach (var key in _outstandingKeys)
                {
                    Keystrokes[(int)key] = (Keystrokes[(int)key].At, edit.Revision);
                }

                _outstandingKeys.Clear();
                (_outstanding, _buffer) = (_buffer, null);
                _outstandingKeys.AddRange(_bufferKeys);
                _bufferKeys.Clear();
                if (_outstanding is not null)
                {
                    Send();
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

            _text.Apply(incoming);
        }
    }

    /// <summary>
    /// Sends the caret as the browser does: at most every 100 ms, only once the writer's edits are acknowledged
    /// (so it is expressed in the server's text), and only when it moved.
    /// </summary>
    private void Send()
    {
        _outstandingId = $"{id}:{++_counter}";
        var request = new EditRequest(sectionId, _revision, JsonDocument.Parse(_outstanding!.ToJson()).RootElement, _outstandingId);
        _ = client.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meetingId, request).ContinueWith(t =>
        {
            if (t.Exception?.GetBaseException() is { } e)
            {
                Failure ??= e;
            }
        }, TaskScheduler.Default);
    }
}
