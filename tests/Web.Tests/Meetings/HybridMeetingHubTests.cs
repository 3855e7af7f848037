using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// Hybrid meetings (issue 24): the facilitator sets the video-call link and the room; participants read the link,
/// observers never receive it in anything the server sends them (events, snapshots, answers).
/// </summary>
public sealed class HybridMeetingHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string Link = "https://meet.example.org/kpss-seniori-7f3a";
    private const string Room = "zasedací místnost 2. patro";

    [Fact]
    public async Task A_participant_gets_the_video_call_and_an_observer_never_receives_it()
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        using var visitor = app.NewClient();
        var jana = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana");
        await using var participant = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await participant.JoinAsync(meeting.Id, jana.Ticket);
        var watcher = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, "Občan");
        await using var observer = await RawObserver.JoinAsync(app.Host.BaseUri, meeting.Id, watcher.Ticket);

        await facilitator.ExecuteAsync(meeting.Id, new SetHybrid($"  {Link} ", Room));

        // The participant hears of the change (details never carry the link, so it reads the link on its own).
        await participant.WaitForAsync<MeetingUpdated>(u => u.Details.Room == Room);
        Assert.Equal(Link, await participant.Connection.InvokeAsync<string?>(nameof(MeetingHub.GetVideoCall), meeting.Id));
        Assert.Equal(Link, await facilitator.Connection.InvokeAsync<string?>(nameof(MeetingHub.GetVideoCall), meeting.Id));

        // The observer hears the change (the room is public) and reads what it may; nothing it received holds the link.
        await observer.WaitForAsync(ClientEvents.MeetingUpdated, json => json.Contains("2. patro", StringComparison.Ordinal));
        observer.Received.Add((await observer.Connection.InvokeAsync<JsonElement>(nameof(MeetingHub.GetSnapshot), meeting.Id)).GetRawText());
        var refused = await Assert.ThrowsAsync<HubException>(() => observer.Connection.InvokeAsync<string?>(nameof(MeetingHub.GetVideoCall), meeting.Id));
        Assert.EndsWith($"HubException: {ErrorCodes.Forbidden}", refused.Message, StringComparison.Ordinal);

        Assert.Contains(observer.Received, json => json.Contains("\"videoCall\":true", StringComparison.Ordinal));
        Assert.All(observer.Received, json => Assert.DoesNotContain("kpss-seniori-7f3a", json, StringComparison.Ordinal));
        Assert.All(observer.Received, json => Assert.DoesNotContain("meet.example.org", json, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://meet.example.org/x", ErrorCodes.VideoCallInvalid)]
    [InlineData("javascript:alert(1)", ErrorCodes.VideoCallInvalid)]
    [InlineData("https://jana:heslo@meet.example.org/x", ErrorCodes.VideoCallInvalid)]
    [InlineData("https://meet.example.org/a b", ErrorCodes.VideoCallInvalid)]
    [InlineData("meet.example.org/x", ErrorCodes.VideoCallInvalid)]
    [InlineData("too long", ErrorCodes.TooLong)]
    public async Task A_bad_link_is_refused_with_its_code_and_changes_nothing(string link, string code)
    {
        if (link == "too long")
        {
            link = "https://meet.example.org/" + new string('a', VideoCallRules.MaxLength);
        }

        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await facilitator.ExecuteAsync(meeting.Id, new SetHybrid(Link, Room));
        var before = await facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);

        var error = await Assert.ThrowsAsync<HubException>(() => facilitator.ExecuteAsync(meeting.Id, new SetHybrid(link, "jinde")));

        Assert.EndsWith($"HubException: {code}", error.Message, StringComparison.Ordinal);
        var after = await facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(Room, after.Details.Room);
        Assert.Equal(Link, await facilitator.Connection.InvokeAsync<string?>(nameof(MeetingHub.GetVideoCall), meeting.Id));
    }

    [Fact]
    public async Task Clearing_the_link_ends_the_video_call_and_a_new_meeting_refuses_a_plain_http_link()
    {
        var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await facilitator.ExecuteAsync(meeting.Id, new SetHybrid(Link, Room));

        await facilitator.ExecuteAsync(meeting.Id, new SetHybrid(" ", null));

        var snapshot = await facilitator.Connection.InvokeAsync<JsonElement>(nameof(MeetingHub.GetSnapshot), meeting.Id);
        Assert.False(snapshot.GetProperty("details").GetProperty("videoCall").GetBoolean());
        Assert.Equal(JsonValueKind.Null, snapshot.GetProperty("details").GetProperty("room").ValueKind);
        Assert.Null(await facilitator.Connection.InvokeAsync<string?>(nameof(MeetingHub.GetVideoCall), meeting.Id));
        var refused = await organizer.PostAsync($"/api/working-groups/{meeting.WorkingGroupId}/meetings",
            new { title = "Další setkání", startsAt = "2026-12-08T13:00:00", onlineUrl = "http://meet.example.org/x" });
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.VideoCallInvalid), await ApiClient.ErrorOf(refused));
    }

    /// <summary>An observer's connection that keeps every event as the JSON the server sent, to scan it.</summary>
    private sealed class RawObserver : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Name, string Json)> _events = new();
        private readonly SemaphoreSlim _arrived = new(0);

        private RawObserver(HubConnection connection) => Connection = connection;

        public HubConnection Connection { get; }

        /// <summary>Every payload received (events, answers added by the test), as JSON text.</summary>
        public List<string> Received { get; } = [];

        public static async Task<RawObserver> JoinAsync(Uri baseUri, Guid meetingId, string ticket)
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(baseUri, MeetingHub.Path)).Build();
            var observer = new RawObserver(connection);
            foreach (var name in ClientEvents.OfMeeting)
            {
                connection.On<JsonElement>(name, json =>
                {
                    observer._events.Enqueue((name, json.GetRawText()));
                    observer._arrived.Release();
                });
            }

            await connection.StartAsync();
            var snapshot = await connection.InvokeAsync<JsonElement>(nameof(MeetingHub.JoinMeeting), new JoinMeetingRequest(meetingId, ticket));
            observer.Received.Add(snapshot.GetRawText());
            return observer;
        }

        public async Task WaitForAsync(string name, Func<string, bool> match)
        {
            using var timeout = new CancellationTokenSource(LiveClient.Timeout);
            while (true)
            {
                await _arrived.WaitAsync(timeout.Token);
                _events.TryDequeue(out var next);
                Received.Add(next.Json);
                if (next.Name == name && match(next.Json))
                {
                    return;
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            _arrived.Dispose();
        }
    }
}
