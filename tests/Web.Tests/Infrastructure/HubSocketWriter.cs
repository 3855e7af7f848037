using System.Net.WebSockets;
using System.Text;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// The sending half of SignalR's JSON hub protocol on a raw WebSocket: one record (a JSON message and the 0x1e
/// separator) per WebSocket message, never two sends at once, and pings so the server does not drop a client it
/// has not heard from for 30 s. Shared by the test client that can stop reading and the load tool's observers.
/// </summary>
public sealed class HubSocketWriter(WebSocket socket, CancellationToken stop)
{
    public const byte RecordSeparator = 0x1e;

    private readonly SemaphoreSlim _sending = new(1, 1);

    public Task SendAsync(string message) => SendBytesAsync(Encoding.UTF8.GetBytes(message + (char)RecordSeparator), WebSocketMessageType.Text);

    /// <summary>Sends bytes as one WebSocket message, as they are: for tests that send what no client would.</summary>
    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type)
    {
        await _sending.WaitAsync(stop);
        try
        {
            await socket.SendAsync(bytes, type, endOfMessage: true, stop);
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Pings every <paramref name="every"/> until stopped or the socket goes away.</summary>
    public async Task PingAsync(TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await SendAsync("""{"type":6}""");
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }
}
