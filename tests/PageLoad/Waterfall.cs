using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommunityPlanning.PageLoad;

/// <summary>
/// The requests of one page load, from Chromium's DevTools protocol: when each went out and when its last byte came,
/// in milliseconds from the page's own request (WebSockets: from the handshake's start to its answer).
/// </summary>
public sealed class Waterfall
{
    private readonly Dictionary<string, Row> _rows = [];
    private double? _start;

    private sealed class Row(string url, double sent)
    {
        public string Url { get; } = url;
        public double Sent { get; } = sent;
        public double? Done { get; set; }
    }

    public Waterfall(ICDPSession cdp)
    {
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) => Sent(e, e?.GetProperty("request").GetProperty("url").GetString());
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => Done(e);
        cdp.Event("Network.webSocketWillSendHandshakeRequest").OnEvent += (_, e) => Sent(e, "(WebSocket)");
        cdp.Event("Network.webSocketHandshakeResponseReceived").OnEvent += (_, e) => Done(e);
    }

    private void Sent(JsonElement? e, string? url)
    {
        if (e is not { } data || url is null)
        {
            return;
        }

        var at = data.GetProperty("timestamp").GetDouble() * 1000;
        _start ??= at;
        lock (_rows)
        {
            _rows[data.GetProperty("requestId").GetString()!] = new Row(url, at - _start.Value);
        }
    }

    private void Done(JsonElement? e)
    {
        if (e is not { } data || _start is not { } start)
        {
            return;
        }

        lock (_rows)
        {
            if (_rows.TryGetValue(data.GetProperty("requestId").GetString()!, out var row))
            {
                row.Done = (data.GetProperty("timestamp").GetDouble() * 1000) - start;
            }
        }
    }

    public void Print()
    {
        Console.WriteLine("  sent    done  request");
        lock (_rows)
        {
            foreach (var row in _rows.Values.OrderBy(r => r.Sent))
            {
                var path = Uri.TryCreate(row.Url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : row.Url;
                var done = row.Done is { } d ? d.ToString("F0", CultureInfo.InvariantCulture) : "–";
                Console.WriteLine($"{row.Sent,6:F0}  {done,6}  {path}");
            }
        }
    }
}
