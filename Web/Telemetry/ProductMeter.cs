using System.Diagnostics.Metrics;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Telemetry;

/// <summary>
/// The product's own instruments (meter <c>CommunityPlanning</c>), next to ASP.NET Core's, SignalR's, Orleans' and the
/// runtime's: hub calls by method and outcome with their duration (an edit's is its acknowledgement latency), and the
/// meetings and documents this web server relays live. docs/operations.md lists them with their Prometheus names.
/// </summary>
public sealed class ProductMeter : IDisposable
{
    public const string Name = "CommunityPlanning";

    private readonly Meter _meter;

    public ProductMeter(IMeterFactory meters, RelayDiagnostics relays)
    {
        _meter = meters.Create(Name);
        HubCalls = _meter.CreateCounter<long>("cp.hub.calls", "{call}", "Hub calls answered, by method and outcome (ok, refused with its code, failed).");
        HubCallDuration = _meter.CreateHistogram<double>("cp.hub.call.duration", "s", "From a hub call's arrival to its answer; for SubmitEdit, the edit's acknowledgement latency.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _meter.CreateObservableGauge("cp.relay.meetings", () => relays.Meetings.Subscriptions, "{meeting}", "Meetings this web server relays to its connections.");
        _meter.CreateObservableGauge("cp.relay.documents", () => relays.Documents.Subscriptions, "{document}", "Vision documents this web server relays to its connections.");
    }

    public Counter<long> HubCalls { get; }

    public Histogram<double> HubCallDuration { get; }

    public void Dispose() => _meter.Dispose();
}
