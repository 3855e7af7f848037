using System.Collections.Concurrent;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// This web server's bridge between meeting grains and its SignalR clients. For every meeting with a local
/// connection it holds one grain-observer subscription (renewed on a timer) and relays the grain's events,
/// in order, to the meeting's local SignalR group. Web servers never talk to each other: each one hears
/// the grain directly, so clients of one meeting may sit on any web server.
/// </summary>
public sealed class MeetingRelay(IGrainFactory grains, IHubContext<MeetingHub> hub, ILogger<MeetingRelay> logger)
    : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();

    /// <summary>Identifies this web server process to the grains.</summary>
    public string ServerId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public static string GroupName(Guid meetingId) => $"meeting:{meetingId:N}";

    /// <param name="abort">Closes the connection; called when the person is removed from the meeting.</param>
    public async Task<MeetingSnapshot> Join(Guid meetingId, Actor actor, string connectionId, Action abort)
    {
        var subscription = _subscriptions.GetOrAdd(meetingId, id => new Subscription(id, hub.Clients.Group(GroupName(id)), logger));
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is null)
            {
                subscription.Reference = grains.CreateObjectReference<IMeetingObserver>(subscription);
                await Grain(meetingId).Subscribe(ServerId, subscription.Reference, subscription.Claims());
            }

            var snapshot = await Grain(meetingId).Connect(actor, ServerId, connectionId);
            subscription.Connections[connectionId] = (snapshot.You.ParticipantId, abort);
            return snapshot;
        }
        finally
        {
            subscription.Gate.Release();
            await ReleaseIfIdle(subscription);
        }
    }

    public async Task Leave(Guid meetingId, string connectionId)
    {
        if (!_subscriptions.TryGetValue(meetingId, out var subscription))
        {
            return;
        }

        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Connections.TryRemove(connectionId, out _))
            {
                await Grain(meetingId).Disconnect(ServerId, connectionId);
            }
        }
        finally
        {
            subscription.Gate.Release();
            await ReleaseIfIdle(subscription);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ObserverLease.RenewEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Task.WhenAll(_subscriptions.Values.Select(Renew));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Leave cleanly so the others see these people go now rather than when the lease runs out.
        await Task.WhenAll(_subscriptions.Keys.Select(async id =>
        {
            try
            {
                await Grain(id).Unsubscribe(ServerId);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not unsubscribe from meeting {MeetingId}", id);
            }
        }));
    }

    private async Task Renew(Subscription subscription)
    {
        await subscription.Gate.WaitAsync();
        try
        {
            if (subscription.Reference is not null)
            {
                await Grain(subscription.MeetingId).Subscribe(ServerId, subscription.Reference, subscription.Claims());
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Renewing the subscription to meeting {MeetingId} failed; retrying next tick", subscription.MeetingId);
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    private async Task ReleaseIfIdle(Subscription subscription)
    {
        await subscription.Gate.WaitAsync();
        try
        {
            if (!subscription.Connections.IsEmpty || subscription.Reference is null)
            {
                return;
            }

            await Grain(subscription.MeetingId).Unsubscribe(ServerId);
            grains.DeleteObjectReference<IMeetingObserver>(subscription.Reference);
            subscription.Reference = null;
        }
        finally
        {
            subscription.Gate.Release();
        }
    }

    private IMeetingGrain Grain(Guid meetingId) => grains.GetGrain<IMeetingGrain>(meetingId);

    /// <summary>One meeting's subscription on this server, with its connections here.</summary>
    private sealed class Subscription : IMeetingObserver
    {
        private readonly OrderedGroupSender<MeetingEvent> _sender;

        public Subscription(Guid meetingId, IClientProxy group, ILogger logger)
        {
            MeetingId = meetingId;
            _sender = new(group, events => OrderedGroupSender<MeetingEvent>.OneEach(events, ToMessage), logger, Relayed);
        }

        public Guid MeetingId { get; }
        public SemaphoreSlim Gate { get; } = new(1, 1);

        /// <summary>
        /// This server's connections to the meeting: whose they are and how to close one. Changed under
        /// <see cref="Gate"/>; also read by the sender, hence concurrent.
        /// </summary>
        public ConcurrentDictionary<string, (Guid ParticipantId, Action Abort)> Connections { get; } = new(StringComparer.Ordinal);

        public IMeetingObserver? Reference { get; set; }

        public IReadOnlyList<ConnectionClaim> Claims() =>
            [.. Connections.Select(c => new ConnectionClaim(c.Key, c.Value.ParticipantId))];

        public Task OnEvents(IReadOnlyList<MeetingEvent> events)
        {
            _sender.Enqueue(events);
            return Task.CompletedTask;
        }

        /// <summary>A removed person's connections close once they were told (the rosterChanged went out first).</summary>
        private void Relayed(MeetingEvent e)
        {
            if (e is RosterChanged { Entry: { Removed: true } removed })
            {
                foreach (var (_, (participantId, abort)) in Connections.Where(a => a.Value.ParticipantId == removed.ParticipantId))
                {
                    abort();
                }
            }
        }

        private static (string, object)? ToMessage(MeetingEvent e) => e switch
        {
            PresenceChanged p => (ClientEvents.PresenceChanged, p),
            RosterChanged r => (ClientEvents.RosterChanged, r),
            MeetingUpdated u => (ClientEvents.MeetingUpdated, u),
            AgendaChanged a => (ClientEvents.AgendaChanged, a),
            TimerChanged t => (ClientEvents.TimerChanged, t),
            SpeakersChanged s => (ClientEvents.SpeakersChanged, s),
            FocusChanged f => (ClientEvents.FocusChanged, f),
            ModerationRecorded m => (ClientEvents.ModerationRecorded, m),
            PollChanged p => (ClientEvents.PollChanged, p),
            BoardChanged b => (ClientEvents.BoardChanged, b),
            ActionItemsChanged a => (ClientEvents.ActionItemsChanged, a),
            MinutesChanged m => (ClientEvents.MinutesChanged, m),
            _ => null,
        };
    }
}
