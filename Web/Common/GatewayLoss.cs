namespace CommunityPlanning.Web.Common;

/// <summary>
/// Says when the Orleans client loses a gateway (<see cref="ClusterChanges"/>). A call already sent through that
/// gateway gets no answer: the client does not break its callbacks when the connection drops, so it would wait for
/// its whole response timeout. Calls the browser retries with the same identity stop waiting at the loss instead
/// (<see cref="GatewayLossHubFilter"/>) and are retried through a gateway still alive.
/// </summary>
public sealed class GatewayLoss
{
    // Not disposed when replaced: waits registered on the old token may still be unregistering.
    private CancellationTokenSource _loss = new();

    /// <summary>Cancelled at the next loss of a gateway.</summary>
    public CancellationToken Next => Volatile.Read(ref _loss).Token;

    /// <summary>The Orleans client's count of connected gateways changed: fewer is a loss.</summary>
    public void GatewaysChanged(int current, int previous)
    {
        if (current < previous)
        {
            Interlocked.Exchange(ref _loss, new CancellationTokenSource()).Cancel();
        }
    }
}

/// <summary>The call waited on a gateway that went away; whether it took effect is unknown, as after a timeout.</summary>
public sealed class GatewayLostException() : Exception("A gateway of the cluster was lost while the call waited on it");
