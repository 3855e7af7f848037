using System.Buffers;
using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using CommunityPlanning.Web.Tests.Infrastructure;
using System.Text.Json;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// An observer that only records arrivals (issue 7 allows it): SignalR's JSON hub protocol spoken over a raw
/// WebSocket, so a thousand of them cost the machine little next to the server they measure. It joins (and opens
/// the document, for the typing load) as a browser does and reads what it records from each message with a
/// forward-only JSON reader (<see cref="IArrivalReader"/>: a section's revisions or a meeting's event numbers),
/// without building objects.
/// </summary>
public sealed class LightObserver : IAsyncDisposable
{
    private const byte RecordSeparator = HubSocketWriter.RecordSeparator;
    private const int ContinuationFrame = 0, TextFrame = 1, CloseFrame = 8;
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(10);

    private readonly ObserverSocket _socket;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> _pending = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly HubSocketWriter _writer;
    private readonly IArrivalReader _arrivals;
    private Task _reading = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private int _invocations;

    private LightObserver(ObserverSocket socket, IArrivalReader arrivals, int capacity)
    {
        (_socket, _arrivals) = (socket, arrivals);
        _writer = new HubSocketWriter(socket.Sender, _stop.Token);
        Arrivals = new Arrivals(capacity);
    }

    public Arrivals Arrivals { get; }

    /// <summary>Protocol errors seen (a message it could not read, an unexpected close).</summary>
    public string? Failure { get; private set; }

    /// <summary>Joins the meeting and, for a section's revisions, opens its document.</summary>
    public static async Task<LightObserver> ConnectAsync(Uri baseUri, Guid meetingId, IArrivalReader arrivals, string ticket, int capacity)
    {
        var observer = new LightObserver(await ObserverSocket.ConnectAsync(new Uri(baseUri, MeetingHub.Path)), arrivals, capacity);
        await observer.SendAsync("""{"protocol":"json","version":1}""");
        observer._reading = Task.Run(observer.ReadAsync);
        await observer.InvokeAsync(nameof(MeetingHub.JoinMeeting), $$"""{"meetingId":"{{meetingId}}","ticket":{{JsonSerializer.Serialize(ticket)}}}""");
        if (arrivals is SectionArrivals)
        {
            await observer.InvokeAsync(nameof(MeetingHub.OpenDocument), $"\"{meetingId}\"");
        }

        observer._pinging = Task.Run(() => observer._writer.PingAsync(PingEvery));
        return observer;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            await _socket.Sender.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }

        await Task.WhenAll(_reading, _pinging).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }

    private async Task InvokeAsync(string target, string argument)
    {
        var id = Interlocked.Increment(ref _invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        await SendAsync($$"""{"type":1,"invocationId":"{{id}}","target":"{{target}}","arguments":[{{argument}}]}""");
        if (await done.Task.WaitAsync(TimeSpan.FromSeconds(60)) is { } error)
        {
            throw new InvalidOperationException($"{target} failed: {error}");
        }
    }

    private Task SendAsync(string message) => _writer.SendAsync(message);

    private async Task ReadAsync()
    {
        // Frames straight off the socket into `raw`; their payloads into `records`, which holds the hub protocol's
        // records (each ends with the record separator; one may span frames).
        var raw = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var records = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var (rawLength, recordsLength, handshakeDone) = (_socket.Leftover.Length, 0, false);
        _socket.Leftover.CopyTo(raw, 0);
        try
        {
            while (true)
            {
                var offset = 0;
                while (ObserverSocket.TryReadFrame(raw.AsSpan(offset, rawLength - offset), out var header, out var payloadLength, out var opcode)
                    && rawLength - offset >= header + payloadLength)
                {
                    var payload = raw.AsSpan(offset + header, (int)payloadLength);
                    offset += header + (int)payloadLength;
                    if (opcode == CloseFrame)
                    {
                        if (!_stop.IsCancellationRequested)
                        {
                            Failure ??= "closed by the server";
                        }

                        return;
                    }

                    if (opcode is TextFrame or ContinuationFrame)
                    {
                        while (records.Length - recordsLength < payload.Length)
                        {
                            records = Grown(records, recordsLength);
                        }

                        payload.CopyTo(records.AsSpan(recordsLength));
                        recordsLength += payload.Length;
                        recordsLength = ReadRecords(records, recordsLength, ref handshakeDone);
                    }
                }

                raw.AsSpan(offset, rawLength - offset).CopyTo(raw);
                rawLength -= offset;
                if (rawLength == raw.Length)
                {
                    raw = Grown(raw, rawLength); // one frame larger than the buffer
                }

                var read = await _socket.Socket.ReceiveAsync(raw.AsMemory(rawLength), SocketFlags.None);
                if (read == 0)
                {
                    if (!_stop.IsCancellationRequested)
                    {
                        Failure ??= "the server closed the connection";
                    }

                    return;
                }

                rawLength += read;
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            if (!_stop.IsCancellationRequested)
            {
                Failure ??= e.Message;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
            ArrayPool<byte>.Shared.Return(records);
            foreach (var pending in _pending.Values)
            {
                pending.TrySetResult("connection closed");
            }
        }
    }

    /// <summary>Reads the complete records at the start of the buffer; returns the length of what is left (moved to the front).</summary>
    private int ReadRecords(byte[] buffer, int length, ref bool handshakeDone)
    {
        var start = 0;
        for (int end; (end = Array.IndexOf(buffer, RecordSeparator, start, length - start)) >= 0; start = end + 1)
        {
            var message = buffer.AsSpan(start, end - start);
            if (!handshakeDone)
            {
                handshakeDone = true;
                if (!message.SequenceEqual("{}"u8))
                {
                    Failure ??= $"handshake refused: {Encoding.UTF8.GetString(message)}";
                }

                continue;
            }

            Read(message);
        }

        buffer.AsSpan(start, length - start).CopyTo(buffer);
        return length - start;
    }

    private static byte[] Grown(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>One hub message. SignalR writes <c>type</c>, <c>invocationId</c> and <c>target</c> before <c>arguments</c>.</summary>
    private void Read(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        string? invocationId = null, error = null, target = null;
        var type = 0;
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("invocationId"u8))
            {
                reader.Read();
                invocationId = reader.GetString();
            }
            else if (reader.ValueTextEquals("target"u8))
            {
                reader.Read();
                target = reader.GetString();
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                reader.Read();
                error = reader.GetString();
            }
            else if (reader.ValueTextEquals("arguments"u8) && target is not null)
            {
                reader.Read();
                _arrivals.Read(ref reader, target, Arrivals);
            }
            else
            {
                reader.Read();
                PassValue(ref reader);
            }
        }

        if (type == 3 && invocationId is not null && _pending.TryRemove(invocationId, out var done))
        {
            done.TrySetResult(error);
        }
        else if (type == 7)
        {
            Failure ??= $"closed by the server: {error}";
        }
    }

    /// <summary>Moves past the value the reader is on (an object or array with everything inside it).</summary>
    private static void PassValue(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.CurrentDepth > depth)
            {
            }
        }
    }
}
