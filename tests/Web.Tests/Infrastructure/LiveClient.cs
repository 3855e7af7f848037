using System.Net;
using CommunityPlanning.Web.Contract;
using System.Threading.Channels;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>A real SignalR client of the meeting hub that records every event it receives, in order.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly Channel<MeetingEvent> _events = Channel.CreateUnbounded<MeetingEvent>();

    private LiveClient(HubConnection connection)
    {
        Connection = connection;
        // Every meeting event the relay sends, by the table the client's contract is generated from.
        foreach (var name in ClientEvents.OfMeeting)
        {
            Connection.On(name, [ClientEvents.Payloads[name]], args =>
            {
                _events.Writer.TryWrite((MeetingEvent)args[0]!);
                return Task.CompletedTask;
            });
        }
    }

    public HubConnection Connection { get; }

    /// <summary>Every event taken off the queue so far, in arrival order.</summary>
    public List<MeetingEvent> Received { get; } = [];

    /// <param name="configure">More connection options (e.g. a transport, a certificate to trust).</param>
    public static async Task<LiveClient> ConnectAsync(Uri baseUri, CookieContainer? cookies = null, Action<HttpConnectionOptions>? configure = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUri, MeetingHub.Path), o =>
            {
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }

                configure?.Invoke(o);
            })
            .AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions))
            .Build();
        await connection.StartAsync();
        return new LiveClient(connection);
    }

    public Task<MeetingSnapshot> JoinAsync(Guid meetingId, string? ticket = null) =>
        Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meetingId, ticket));

    /// <summary>Sends a meeting command (<see cref="MeetingCommandCalls"/>).</summary>
    public Task<long> ExecuteAsync(Guid meetingId, MeetingCommand command) => Connection.ExecuteAsync(meetingId, command);

    /// <summary>Waits for the next event of type <typeparamref name="T"/> that matches, keeping all it passes.</summary>
    public async Task<T> WaitForAsync<T>(Func<T, bool> match) where T : MeetingEvent
    {
        using var timeout = new CancellationTokenSource(Timeout);
        while (true)
        {
            var next = await _events.Reader.ReadAsync(timeout.Token);
            Received.Add(next);
            if (next is T typed && match(typed))
            {
                return typed;
            }
        }
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
