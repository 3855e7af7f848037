using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// A client of the meeting hub that can stop reading, as a frozen browser tab does: SignalR's JSON hub protocol
/// over a WebSocket on a TCP socket of its own with a small receive buffer (the .NET client always reads). While
/// it does not read, the server's writes to it fill the socket's buffers and then wait, which is what the relay's
/// back-pressure is for. It negotiates first, so the test knows its connection id (the relay's outboxes go by it),
/// and keeps pinging the hub while it does not read, so the server does not time it out. (SignalR closes a
/// connection whose send has waited for 10 s, its TransportSendTimeout; a test must resume reading before that.)
/// It can also send what no SignalR client would (<see cref="SendInvocationAsync"/>, <see cref="SendFrameAsync"/>),
/// and tells when and why the server closed it (<see cref="Closed"/>).
/// </summary>
public sealed class RawHubClient : IAsyncDisposable
{
    private const byte RecordSeparator = HubSocketWriter.RecordSeparator;

    /// <summary>
    /// The segment size it asks the server for (Linux). On loopback segments are 64 KiB, and the server's kernel
    /// sizes its send buffer by them (megabytes); small segments keep it small, as on a slow link.
    /// </summary>
    private const int MaxSegment = 1_000;
    private static readonly TimeSpan PingEvery = TimeSpan.FromSeconds(5);

    private readonly TcpClient _tcp;
    private readonly WebSocket _socket;
    private readonly CancellationTokenSource _stop = new();
    private readonly HubSocketWriter _writer;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Action<JsonElement>> _handlers = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private TaskCompletionSource _mayRead = Opened();
    private Task _reading = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;
    private int _invocations;

    private RawHubClient(TcpClient tcp, WebSocket socket, string connectionId)
    {
        _tcp = tcp;
        _socket = socket;
        _writer = new HubSocketWriter(socket, _stop.Token);
        ConnectionId = connectionId;
    }

    /// <summary>The server's id of this connection (<c>HubConnectionContext.ConnectionId</c>).</summary>
    public string ConnectionId { get; }

    /// <summary>Why reading ended early (the server closed, a message it could not read), if it did.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// Completes when the connection ends: with the error of the server's close message (empty if it gave none),
    /// or with what ended reading otherwise.
    /// </summary>
    public Task<string> Closed => _closed.Task;

    /// <param name="cookies">An organizer's sign-in, sent with the negotiation and the upgrade (as a browser does).</param>
    public static async Task<RawHubClient> ConnectAsync(Uri baseUri, int receiveBufferSize, CookieContainer? cookies = null)
    {
        var (connectionId, token) = await NegotiateAsync(baseUri, cookies);
        // Set before connecting, so the window the client offers the server is small from the first byte.
        var tcp = new TcpClient(AddressFamily.InterNetwork) { ReceiveBufferSize = receiveBufferSize, NoDelay = true };
        if (OperatingSystem.IsLinux())
        {
            const int tcpMaxSegment = 2; // TCP_MAXSEG, at level IPPROTO_TCP (6)
            tcp.Client.SetRawSocketOption(6, tcpMaxSegment, BitConverter.GetBytes(MaxSegment));
        }

        await tcp.ConnectAsync(baseUri.Host, baseUri.Port);
        var stream = tcp.GetStream();
        await UpgradeAsync(stream, baseUri, $"{MeetingHub.Path}?id={Uri.EscapeDataString(token)}", cookies?.GetCookieHeader(baseUri));
        var socket = WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = Timeout.InfiniteTimeSpan });
        var client = new RawHubClient(tcp, socket, connectionId);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        client._reading = Task.Run(client.ReadAsync);
        await client._handshake.Task.WaitAsync(LiveClient.Timeout);
        client._pinging = Task.Run(() => client._writer.PingAsync(PingEvery));
        return client;
    }

    /// <summary>Calls <paramref name="handle"/> with the argument of every invocation of <paramref name="target"/>, on the reading loop.</summary>
    public void On(string target, Action<JsonElement> handle) => _handlers[target] = handle;

    /// <summary>Invokes a hub method; its arguments are serialized as the .NET client does. Needs reading to be on.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object[] arguments)
    {
        var id = Interlocked.Increment(ref _invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }, ApiClient.Json));
        return await done.Task.WaitAsync(LiveClient.Timeout);
    }

    /// <summary>
    /// Invokes <paramref name="target"/> with the arguments as written (a JSON array's items, e.g. <c>"x", null</c>);
    /// the answer's error comes as an <see cref="InvalidOperationException"/> with the server's message.
    /// </summary>
    /// <param name="type">1, or 4 for a streaming invocation.</param>
    public async Task<JsonElement> SendInvocationAsync(string target, string argumentsJson, int type = 1)
    {
        var id = Interlocked.Increment(ref _invocations).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        if (_closed.Task.IsCompleted)
        {
            // Closed before this call was registered: nobody else will fail it.
            throw new IOException($"the connection closed: {_closed.Task.Result}");
        }

        await SendAsync($$"""{"type":{{type}},"invocationId":"{{id}}","target":{{JsonSerializer.Serialize(target)}},"arguments":[{{argumentsJson}}]}""");
        return await done.Task.WaitAsync(LiveClient.Timeout);
    }

    /// <summary>Sends the bytes as one WebSocket message, as they are (no record separator is added).</summary>
    public Task SendFrameAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text) => _writer.SendBytesAsync(bytes, type);

    /// <summary>Stops taking data off the socket (after the read already under way, if one is).</summary>
    public void StopReading()
    {
        lock (_gate)
        {
            if (_mayRead.Task.IsCompleted)
            {
                _mayRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void ResumeReading()
    {
        lock (_gate)
        {
            _mayRead.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        ResumeReading();
        _socket.Abort();
        await Task.WhenAll(_reading, _pinging).WaitAsync(LiveClient.Timeout).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _tcp.Dispose();
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private static async Task<(string ConnectionId, string Token)> NegotiateAsync(Uri baseUri, CookieContainer? cookies)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = baseUri };
        using var response = await http.PostAsync($"{MeetingHub.Path}/negotiate?negotiateVersion=1", null);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (answer.RootElement.GetProperty("connectionId").GetString()!, answer.RootElement.GetProperty("connectionToken").GetString()!);
    }

    /// <summary>The WebSocket opening handshake (RFC 6455), read byte by byte so nothing after the head is taken.</summary>
    private static async Task UpgradeAsync(NetworkStream stream, Uri baseUri, string pathAndQuery, string? cookieHeader)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var cookie = string.IsNullOrEmpty(cookieHeader) ? "" : $"Cookie: {cookieHeader}\r\n";
        var request = $"GET {pathAndQuery} HTTP/1.1\r\nHost: {baseUri.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                      $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{cookie}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException($"the server closed during the upgrade: {head}");
            }

            head.Append((char)one[0]);
        }

        if (!head.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException($"the server refused the upgrade: {head}");
        }
    }

    private Task SendAsync(string message) => _writer.SendAsync(message);

    private async Task ReadAsync()
    {
        var buffer = new byte[16 * 1024];
        var records = new List<byte>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                Task mayRead;
                lock (_gate)
                {
                    mayRead = _mayRead.Task;
                }

                await mayRead;
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Failure ??= $"closed by the server: {_socket.CloseStatus} {_socket.CloseStatusDescription}";
                    _closed.TrySetResult(Failure);
                    return;
                }

                // Hub messages end with a record separator; one may span WebSocket messages, one may hold several.
                records.AddRange(buffer.AsSpan(0, result.Count));
                for (int end; (end = records.IndexOf(RecordSeparator)) >= 0; records.RemoveRange(0, end + 1))
                {
                    Dispatch(records.GetRange(0, end).ToArray());
                }
            }
        }
        catch (Exception e)
        {
            // A closed socket, or a message it (or a handler) could not read: the test sees it in Failure.
            if (!_stop.IsCancellationRequested)
            {
                Failure ??= e.ToString();
            }
        }
        finally
        {
            _closed.TrySetResult(Failure ?? "reading ended");
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new IOException("the connection closed"));
            }
        }
    }

    private void Dispatch(byte[] record)
    {
        using var message = JsonDocument.Parse(record);
        var root = message.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            if (root.TryGetProperty("error", out var refused))
            {
                _handshake.TrySetException(new IOException($"handshake refused: {refused}"));
            }

            _handshake.TrySetResult();
            return;
        }

        switch (root.GetProperty("type").GetInt32())
        {
            case 1 when _handlers.TryGetValue(root.GetProperty("target").GetString()!, out var handle):
                handle(root.GetProperty("arguments")[0].Clone());
                break;
            case 3 when _pending.TryRemove(root.GetProperty("invocationId").GetString()!, out var done):
                if (root.TryGetProperty("error", out var error))
                {
                    done.TrySetException(new InvalidOperationException(error.GetString()));
                }
                else
                {
                    done.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                }

                break;
            case 7:
                // No answer comes after the close message, even if the socket lingers for its closing handshake.
                Failure ??= $"closed by the server: {root}";
                _closed.TrySetResult(root.TryGetProperty("error", out var reason) ? reason.GetString() ?? "" : "");
                foreach (var pending in _pending.Values)
                {
                    pending.TrySetException(new IOException($"closed by the server: {root}"));
                }

                break;
        }
    }
}
