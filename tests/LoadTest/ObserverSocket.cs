using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// A client WebSocket for the light observers: the upgrade is done here on a plain socket, sending goes through
/// .NET's WebSocket over that socket (masking, framing), and receiving reads the server's frames straight off the
/// socket (<see cref="TryReadFrame"/>). A thousand observers share the machine with the server they measure;
/// receiving through <c>ClientWebSocket</c> went through HttpClient's connection streams and three async layers per
/// message, which made the tool's side of each message cost more than the server's.
/// </summary>
public sealed class ObserverSocket : IDisposable
{
    private const string AcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private ObserverSocket(Socket socket, WebSocket sender, byte[] leftover)
    {
        Socket = socket;
        Sender = sender;
        Leftover = leftover;
    }

    public Socket Socket { get; }

    /// <summary>For sending only; never received from (that is <see cref="Socket"/>'s reader).</summary>
    public WebSocket Sender { get; }

    /// <summary>Frame bytes that came with the upgrade response.</summary>
    public byte[] Leftover { get; }

    public static async Task<ObserverSocket> ConnectAsync(Uri uri)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(uri.Host, uri.Port);
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var request = $"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
                $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
            await socket.SendAsync(Encoding.ASCII.GetBytes(request));

            var (head, leftover) = await ReadResponseHeadAsync(socket);
            var expected = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + AcceptGuid)));
            if (!head.StartsWith("HTTP/1.1 101", StringComparison.Ordinal) || !head.Contains($"Sec-WebSocket-Accept: {expected}", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"WebSocket upgrade refused: {head.Split("\r\n")[0]}");
            }

            var sender = WebSocket.CreateFromStream(new NetworkStream(socket, ownsSocket: false), new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
            return new ObserverSocket(socket, sender, leftover);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads one frame's header from <paramref name="data"/> (server frames are never masked); false while the
    /// header is incomplete. The payload follows the header and may not have arrived yet.
    /// </summary>
    public static bool TryReadFrame(ReadOnlySpan<byte> data, out int headerLength, out long payloadLength, out int opcode)
    {
        (headerLength, payloadLength, opcode) = (0, 0, 0);
        if (data.Length < 2)
        {
            return false;
        }

        opcode = data[0] & 0x0f;
        var length = data[1] & 0x7f;
        (headerLength, payloadLength) = length switch
        {
            126 when data.Length >= 4 => (4, (data[2] << 8) | data[3]),
            127 when data.Length >= 10 => (10, (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(data[2..10])),
            126 or 127 => (0, 0L),
            _ => (2, length),
        };
        return headerLength > 0;
    }

    public void Dispose()
    {
        Sender.Dispose();
        Socket.Dispose();
    }

    private static async Task<(string Head, byte[] Leftover)> ReadResponseHeadAsync(Socket socket)
    {
        var buffer = new byte[4096];
        var length = 0;
        while (true)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(length));
            if (read == 0)
            {
                throw new InvalidOperationException("the server closed the connection during the WebSocket upgrade");
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return (Encoding.ASCII.GetString(buffer, 0, end), buffer[(end + 4)..length]);
            }

            if (length == buffer.Length)
            {
                throw new InvalidOperationException("the WebSocket upgrade response is too long");
            }
        }
    }
}
