using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// SignalR's own lifetime manager that also keeps each live connection's context, so the relays can write to each
/// connection on its own (<see cref="ConnectionOutbox"/>). A group send completes only when the slowest member has
/// taken the message, so one stalled browser would hold up every later event for everyone.
/// </summary>
public sealed class HubConnections<THub>(ILogger<DefaultHubLifetimeManager<THub>> logger) : DefaultHubLifetimeManager<THub>(logger)
    where THub : Hub
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new(StringComparer.Ordinal);

    public HubConnectionContext? Find(string connectionId) => _connections.GetValueOrDefault(connectionId);

    public ICollection<HubConnectionContext> All => _connections.Values;

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        _connections[connection.ConnectionId] = connection;
        return base.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.TryRemove(connection.ConnectionId, out _);
        return base.OnDisconnectedAsync(connection);
    }
}
