namespace CommunityPlanning.Meetings;

/// <summary>
/// Who is connected to a meeting (<see cref="MeetingPresence"/>, never stored) and what everyone hears of it:
/// participants' arrivals and departures are events to everyone; observers are only counted, and the count goes out
/// at most every <see cref="AudienceEvery"/>. Runs on the roster grain's activation.
/// </summary>
public sealed class RosterAudience(Guid meetingId, IGrainBase grain, Func<MeetingPeopleState> state, Func<IReadOnlyList<MeetingEvent>, Task<long>> send)
{
    /// <summary>
    /// The audience's size goes out at most this often: a thousand people arriving to watch are one event a second to
    /// everyone, not a thousand each.
    /// </summary>
    public static readonly TimeSpan AudienceEvery = TimeSpan.FromSeconds(1);

    private IGrainTimer? _timer;
    private int _published;

    public MeetingPresence Presence { get; } = new();

    public Task Connect(RosterEntry entry, string server, string connectionId, DateTimeOffset leaseUntil) =>
        Presence.Add(server, connectionId, Attendee.Of(entry), leaseUntil) ? Moved([Attendee.Of(entry)], present: true) : Task.CompletedTask;

    public Task Disconnect(string server, string connectionId) =>
        Presence.Remove(server, connectionId) is { } left ? Moved([left], present: false) : Task.CompletedTask;

    /// <summary>A web server's lease renewed with the connections it holds: those it no longer lists leave, new ones arrive.</summary>
    public async Task Renew(string server, IReadOnlyList<ConnectionClaim> connections, DateTimeOffset leaseUntil)
    {
        Presence.Renew(server, leaseUntil);
        var claimed = connections.Select(c => c.ConnectionId).ToHashSet(StringComparer.Ordinal);
        var left = Presence.ConnectionsOf(server).Where(c => !claimed.Contains(c)).Select(c => Presence.Remove(server, c)).OfType<Attendee>().ToList();

        // A lookup, not a roster scan per claim: a web server renewing a thousand connections every 20 s must not
        // hold the roster for long.
        var admitted = state().Roster.Where(e => !e.Removed).ToDictionary(e => e.ParticipantId, Attendee.Of);
        var merged = state().MergedSeats.ToDictionary(m => m.ParticipantId, m => m.KeptId);
        var arrived = new List<Attendee>();
        foreach (var claim in connections)
        {
            if (admitted.TryGetValue(merged.GetValueOrDefault(claim.ParticipantId, claim.ParticipantId), out var attendee)
                && Presence.Add(server, claim.ConnectionId, attendee, leaseUntil))
            {
                arrived.Add(attendee);
            }
        }

        await Moved(left, present: false);
        await Moved(arrived, present: true);
    }

    /// <summary>Forgets web servers (gone, or their lease ran out) and their connections.</summary>
    public Task Drop(IEnumerable<string> servers) => Moved([.. servers.ToList().SelectMany(Presence.RemoveServer)], present: false);

    /// <summary>
    /// The merged seat's connections go on as the kept seat's; the audience may be one fewer (its count goes out as
    /// usual). Whether the kept seat is connected now.
    /// </summary>
    public bool Merge(Guid mergedId, RosterEntry kept)
    {
        if (Presence.Move(mergedId, Attendee.Of(kept)) && kept.Role == MeetingRole.Observer)
        {
            ScheduleCount();
        }

        return Presence.IsPresent(kept.ParticipantId);
    }

    private async Task Moved(IReadOnlyList<Attendee> attendees, bool present)
    {
        if (attendees.Any(a => a.IsObserver))
        {
            ScheduleCount();
        }

        var events = attendees.Where(a => !a.IsObserver).Select(a => (MeetingEvent)new PresenceChanged(meetingId, 0, a.ParticipantId, present)).ToList();
        if (events.Count > 0)
        {
            await send(events);
        }
    }

    private void ScheduleCount() => _timer ??= grain.RegisterGrainTimer(SendCount, AudienceEvery, Timeout.InfiniteTimeSpan);

    private async Task SendCount(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        _timer = null;
        if (Presence.Watching != _published)
        {
            _published = Presence.Watching;
            await send([new AudienceChanged(meetingId, 0, Presence.Watching)]);
        }
    }
}
