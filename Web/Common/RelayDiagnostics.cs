using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// What this web server's relays hold right now: the grain subscriptions and the fan-out loops still running, for
/// the meetings and the documents. Internal: read by tests (the soak test checks that everything is let go).
/// </summary>
public sealed class RelayDiagnostics(MeetingRelay meetings, DocumentRelay documents)
{
    public RelayCounts Meetings => meetings.Counts;

    public RelayCounts Documents => documents.Counts;
}
