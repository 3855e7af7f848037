using System.Diagnostics.Metrics;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Telemetry;

/// <summary>
/// The product's own instruments (meter <c>CommunityPlanning</c>), next to ASP.NET Core's, SignalR's, Orleans' and the
/// runtime's: hub calls by method and outcome with their duration (an edit's is its acknowledgement latency), the
/// meetings and documents this web server relays live, what its relays did (<see cref="RelayTally"/>), and the clients
/// that joined again after losing their connection (failovers). docs/operations.md lists them with their Prometheus names.
/// </summary>
public sealed class ProductMeter : IDisposable
{
    public const string Name = "CommunityPlanning";

    private readonly Meter _meter;

    public ProductMeter(IMeterFactory meters, RelayDiagnostics relays, RelayTally tally)
    {
        _meter = meters.Create(Name);
        HubCalls = _meter.CreateCounter<long>("cp.hub.calls", "{call}", "Hub calls answered, by method and outcome (ok, refused with its code, failed).");
        HubCallDuration = _meter.CreateHistogram<double>("cp.hub.call.duration", "s", "From a hub call's arrival to its answer; for SubmitEdit, the edit's acknowledgement latency.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _meter.CreateObservableGauge("cp.relay.meetings", () => relays.Meetings.Subscriptions, "{meeting}", "Meetings this web server relays to its connections.");
        _meter.CreateObservableGauge("cp.relay.documents", () => relays.Documents.Subscriptions, "{document}", "Vision documents this web server relays to its connections.");
        _meter.CreateObservableCounter("cp.relay.rounds", () => PerKind(tally, k => k.Rounds), "{round}", "Rounds of events the relays sent to their connections, by kind (meeting, document).");
        _meter.CreateObservableUpDownCounter("cp.relay.outbox.queued", () => PerKind(tally, k => k.Queued), "{round}", "Rounds waiting in connections' outboxes for clients that do not read fast enough, by kind.");
        _meter.CreateObservableCounter("cp.relay.queues.dropped", () => PerKind(tally, k => k.Dropped), "{queue}", "Outbox queues dropped because their client fell more than Relay:MaxQueuedRounds behind, by kind.");
        _meter.CreateObservableCounter("cp.relay.resyncs", () => PerKind(tally, k => k.CatchUps), "{message}", "Catch-ups sent instead of a dropped queue (a document's snapshot, a meeting's meetingResync), by kind.");
        Rejoins = _meter.CreateCounter<long>("cp.meeting.rejoins", "{join}", "Meeting joins of clients that lost their connection and came back (a web server's death, a network drop): failovers.");
    }

    public Counter<long> HubCalls { get; }

    public Histogram<double> HubCallDuration { get; }

    public Counter<long> Rejoins { get; }

    public void Dispose() => _meter.Dispose();

    private static IEnumerable<Measurement<long>> PerKind(RelayTally tally, Func<RelayKindTally, long> value) =>
        tally.Kinds.Select(k => new Measurement<long>(value(k), new KeyValuePair<string, object?>("kind", k.Kind)));
}
