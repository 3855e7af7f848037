using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// How a hub method is exercised: <see cref="Arrange"/> prepares the world (as its facilitator) and the caller's
/// connection, and returns the arguments. The caller's connection has tried to join the meeting first, with whatever
/// the role holds, unless <see cref="JoinFirst"/> is false (the join is the call).
/// </summary>
public sealed record HubExercise(Func<HubCell, Task<object?[]>> Arrange, Worlds Worlds, bool JoinFirst = true);

/// <summary>One cell of the hub matrix: a role's own connection calling a method in a world.</summary>
public sealed class HubCell(World world, Role role, LiveClient caller, RosterEntry? you)
{
    public World World { get; } = world;

    public Role Role { get; } = role;

    public LiveClient Caller { get; } = caller;

    /// <summary>The caller's roster entry, when its join went through.</summary>
    public RosterEntry? You { get; } = you;

    public Guid MeetingId => World.MeetingId;

    public string? Ticket => World.TicketOf(Role);

    /// <summary>A step the caller takes on its own before the call (opening the document, raising a hand), if the role may.</summary>
    public Task TryAsCallerAsync(MeetingCommand command) => TryAsCallerAsync(nameof(MeetingHub.Execute), MeetingCommandCalls.Wire(command));

    /// <inheritdoc cref="TryAsCallerAsync(MeetingCommand)"/>
    public async Task TryAsCallerAsync(string method, params object?[] args)
    {
        try
        {
            await Caller.Connection.InvokeCoreAsync(method, typeof(object), [MeetingId, .. args]).WaitAsync(LiveClient.Timeout);
        }
        catch (HubException)
        {
            // Refused for this role: the call itself then shows the refusal the table expects.
        }
    }
}
