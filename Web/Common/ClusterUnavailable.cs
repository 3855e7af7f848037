using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// Failures that say the cluster could not answer now (a silo died or is restarting, the gateway is busy, a call
/// timed out), not that the call was wrong: the client gets <see cref="ErrorCodes.ClusterUnavailable"/> and retries
/// (an edit with the same operation id, which the document accepts once), and the log gets a warning without a
/// stack trace, as for any refusal.
/// </summary>
public static class ClusterUnavailable
{
    public static bool Is(Exception e) => e is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException
        or GatewayTooBusyException or Orleans.Runtime.Messaging.ConnectionFailedException or GatewayLostException
        || (e is AggregateException { InnerExceptions.Count: 1 } aggregate && Is(aggregate.InnerExceptions[0]));
}
