using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// This web server's bridge between meeting grains and its SignalR clients. For every meeting with a local
/// connection it holds one subscription (<see cref="Relay{TObserver,TFanOut}"/>: renewed on a timer, removed with
/// the meeting's last local connection) and relays the grain's events, in order, to each local connection through
/// its own <see cref="ConnectionOutbox"/> (<see cref="MeetingFanOut"/>), so a client that stops reading holds up no
/// one (a group send would wait for it). Web servers never talk to each other: each one hears the grain directly, so
/// clients of one meeting may sit on any web server.
/// </summary>
public sealed class MeetingRelay(
    IGrainFactory grains, HubConnections<MeetingHub> connections, RelaySettings settings, RelayTally tally, ILogger<MeetingRelay> logger)
    : Relay<IMeetingObserver, MeetingFanOut>(grains, logger)
{
    /// <summary>Identifies this web server process to the grains.</summary>
    public string ServerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <param name="abort">Closes the connection; called when the person is removed from the meeting.</param>
    public Task<MeetingSnapshot> Join(Guid meetingId, Actor actor, string connectionId, Action abort)
    {
        var connection = connections.Find(connectionId) ?? throw new InvalidOperationException($"connection {connectionId} is not open");
        return HoldAsync(meetingId, connectionId, async fanOut =>
        {
            // Relayed to from before the snapshot is taken, so nothing after it is missed (the client drops
            // what the snapshot already holds); whose connection it is, is known once the grain has said. Whether it
            // is the public's must be known before: an observer's connection never gets a name it may not show.
            var outbox = new ConnectionOutbox(connection, settings.MaxQueuedRounds, () => Task.FromResult(Resync(meetingId)), tally.Meetings, Logger);
            fanOut.Add(connectionId, new MeetingMember(Guid.Empty, abort, outbox, Public: await IsPublic(meetingId, actor)));
            var snapshot = await Grain(meetingId).Connect(actor, ServerId, connectionId);
            fanOut.Learn(snapshot.Roster);
            fanOut.Add(connectionId, new MeetingMember(snapshot.You.ParticipantId, abort, outbox, Public: snapshot.You.Role == MeetingRole.Observer));
            return snapshot;
        });
    }

    public Task Leave(Guid meetingId, string connectionId) =>
        LetGoAsync(meetingId, connectionId, () => Grain(meetingId).Disconnect(ServerId, connectionId));

    /// <summary>The outboxes of a meeting's local connections, for looking at how far behind each is.</summary>
    internal IReadOnlyList<ConnectionOutbox> Outboxes(Guid meetingId) => Find(meetingId)?.Outboxes ?? [];

    protected override MeetingFanOut NewFanOut(Guid id) => new(tally.Meetings, Logger);

    protected override Task Subscribe(Guid id, IMeetingObserver reference, MeetingFanOut fanOut) =>
        Feed(id).Subscribe(ServerId, reference, fanOut.Claims());

    protected override Task Unsubscribe(Guid id) => Feed(id).Unsubscribe(ServerId);

    /// <summary>Organizers are never the public; a participant's ticket is as its seat's role says (unknown: the public).</summary>
    private async Task<bool> IsPublic(Guid meetingId, Actor actor)
    {
        if (actor.AccountId is not null)
        {
            return false;
        }

        try
        {
            return (await Grains.GetGrain<IMeetingRosterGrain>(meetingId).Seat(actor)).Role == MeetingRole.Observer;
        }
        catch (DomainException)
        {
            return true; // refused: Connect refuses it too
        }
    }

    /// <summary>The grain whose events this relay subscribes to.</summary>
    private IMeetingGrain Feed(Guid meetingId) => Grains.GetGrain<IMeetingGrain>(meetingId);

    private IMeetingGrain Grain(Guid meetingId) => Grains.GetGrain<IMeetingGrain>(meetingId);

    /// <summary>What a client that fell too far behind gets instead of the events it missed: fetch a snapshot.</summary>
    private static SerializedHubMessage Resync(Guid meetingId) => ConnectionOutbox.Serialize(ClientEvents.MeetingResync, new MeetingResync(meetingId));

    /// <summary>The client event of a meeting event (none for those clients do not get).</summary>
    internal static (string, object)? ToMessage(MeetingEvent e) => ClientEvents.NameOf(e) is { } name ? (name, e) : null;
}
