using System.Diagnostics;
using System.Net;
using System.Text.Json.Serialization;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// A light participant or observer: a real SignalR client on WebSockets that records when each numbered event
/// arrived (facilitation events by seq, or a section's edits by revision), without rendering anything.
/// </summary>
public sealed class AudienceClient : IAsyncDisposable
{
    /// <summary>Only the number matters here; the rest of the payload is parsed past.</summary>
    private sealed record Numbered(long Seq);

    private static readonly string[] Events =
        [ClientEvents.AgendaChanged, ClientEvents.TimerChanged, ClientEvents.SpeakersChanged, ClientEvents.FocusChanged];

    private readonly long[] _arrivals;
    private long _duplicates;
    private long _firstSeq = long.MaxValue;

    private AudienceClient(HubConnection connection, int capacity, bool facilitationEvents)
    {
        Connection = connection;
        _arrivals = new long[capacity];
        foreach (var name in facilitationEvents ? Events : [])
        {
            connection.On<Numbered>(name, e => Record(e.Seq));
        }
    }

    public HubConnection Connection { get; }

    /// <summary>Events numbered from <paramref name="firstSeq"/> on are recorded from now.</summary>
    public void Arm(long firstSeq) => Volatile.Write(ref _firstSeq, firstSeq);

    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>The Stopwatch timestamp at which event <paramref name="seq"/> arrived, or 0.</summary>
    public long ArrivalOf(long seq) => seq - Volatile.Read(ref _firstSeq) is var i and >= 0 && i < _arrivals.Length ? Volatile.Read(ref _arrivals[i]) : 0;

    public static async Task<AudienceClient> ConnectAsync(Uri baseUri, Guid meetingId, string? ticket, CookieContainer? cookies, int capacity,
        bool facilitationEvents = true)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, MeetingHub.Path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .Build();
        var client = new AudienceClient(connection, capacity, facilitationEvents);
        await connection.StartAsync();
        await connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meetingId, ticket));
        return client;
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();

    /// <summary>Records the arrival of number <paramref name="seq"/> (an event's seq, or a revision).</summary>
    public void Record(long seq)
    {
        var index = seq - Volatile.Read(ref _firstSeq);
        if (index < 0 || index >= _arrivals.Length)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _arrivals[index], Stopwatch.GetTimestamp(), 0) != 0)
        {
            Interlocked.Increment(ref _duplicates);
        }
    }
}
