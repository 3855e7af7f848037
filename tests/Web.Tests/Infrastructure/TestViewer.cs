using CommunityPlanning.Documents;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>An observer of a meeting's vision document on the .NET SignalR client, keeping a <see cref="ViewerLog"/>.</summary>
public sealed class TestViewer : IAsyncDisposable
{
    private readonly LiveClient _live;

    private TestViewer(LiveClient live)
    {
        _live = live;
        live.Connection.On<TextChangesMessage>(ClientEvents.TextChanges, Log.Add);
        live.Connection.On<DocumentSnapshot>(ClientEvents.DocumentSnapshot, Log.Add);
    }

    public ViewerLog Log { get; } = new();

    /// <param name="ticket">An observer's ticket: observers get <c>textChanges</c>.</param>
    public static async Task<TestViewer> OpenAsync(Uri baseUri, Guid meetingId, string ticket)
    {
        var viewer = new TestViewer(await LiveClient.ConnectAsync(baseUri));
        await viewer._live.JoinAsync(meetingId, ticket);
        viewer.Log.Opened = await viewer._live.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meetingId);
        return viewer;
    }

    public ValueTask DisposeAsync() => _live.DisposeAsync();
}
