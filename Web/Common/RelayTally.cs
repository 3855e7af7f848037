namespace CommunityPlanning.Web.Common;

/// <summary>
/// What this web server's relays have done since it started, for the metrics (<see cref="Telemetry.ProductMeter"/>):
/// per kind (meetings, documents) the rounds sent, the rounds waiting in connections' outboxes now, the queues dropped
/// for a client that fell too far behind, and the catch-up messages sent instead (a document's snapshot, a meeting's
/// <c>meetingResync</c>). Plain counters on the relay's hot path; the meter reads them when it is scraped.
/// </summary>
public sealed class RelayTally
{
    public RelayKindTally Meetings { get; } = new("meeting");

    public RelayKindTally Documents { get; } = new("document");

    public IReadOnlyList<RelayKindTally> Kinds => [Meetings, Documents];
}

/// <summary>One kind's counts (<see cref="RelayTally"/>); <see cref="Kind"/> is the metrics' <c>kind</c> tag.</summary>
public sealed class RelayKindTally(string kind)
{
    private long _rounds;
    private long _queued;
    private long _dropped;
    private long _catchUps;

    public string Kind => kind;

    public long Rounds => Interlocked.Read(ref _rounds);

    public long Queued => Interlocked.Read(ref _queued);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long CatchUps => Interlocked.Read(ref _catchUps);

    /// <summary>A round of events left a fan-out for its connections.</summary>
    public void Round() => Interlocked.Increment(ref _rounds);

    /// <summary>Rounds joined (positive) or left (negative) a connection's outbox.</summary>
    public void Queue(int rounds) => Interlocked.Add(ref _queued, rounds);

    public void Drop() => Interlocked.Increment(ref _dropped);

    public void CatchUp() => Interlocked.Increment(ref _catchUps);
}
