using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// Hears from the Orleans client (cluster mode) when the number of gateways it is connected to changes, i.e. a silo
/// died, stopped or came, and has both relays renew their subscriptions at once (<see cref="Relay{TObserver,TFanOut}.Resubscribe"/>),
/// so the grains that moved hear of this server's clients within seconds; a lost gateway also ends the waits of
/// calls sent through it (<see cref="GatewayLoss"/>).
/// </summary>
public sealed class ClusterChanges(IServiceProvider services, GatewayLoss gatewayLoss, ILogger<ClusterChanges> logger) : IClusterConnectionStatusObserver
{
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        logger.LogWarning("Connected gateways {Previous} → {Current}; renewing the relays' subscriptions", previousNumberOfGateways, currentNumberOfGateways);
        gatewayLoss.GatewaysChanged(currentNumberOfGateways, previousNumberOfGateways);
        Resubscribe();
    }

    public void NotifyClusterConnectionLost() => logger.LogWarning("Lost the connection to the cluster");

    private void Resubscribe()
    {
        // Resolved here, not in the constructor: the Orleans client makes this observer before the relays exist.
        services.GetRequiredService<MeetingRelay>().Resubscribe();
        services.GetRequiredService<DocumentRelay>().Resubscribe();
    }
}
