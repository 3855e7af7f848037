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

    private AudienceClient(HubConnection connection, int capacity, bool facilitationEvents)
    {
        Connection = connection;
        Arrivals = new Arrivals(capacity);
        foreach (var name in MeetingArrivals.Events.Where(_ => facilitationEvents))
        {
            connection.On<Numbered>(name, e => Arrivals.Record(e.Seq));
        }
    }

    public HubConnection Connection { get; }

    public Arrivals Arrivals { get; }

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
}
