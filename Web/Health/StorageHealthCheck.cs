using CommunityPlanning.Accounts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityPlanning.Web.Health;

/// <summary>Ready when a grain call that reads persisted state succeeds: cluster and storage both answer.</summary>
public sealed class StorageHealthCheck(IGrainFactory grains) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await grains.GetGrain<IAccountDirectoryGrain>(0).Find(Guid.Empty).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("Grain storage did not answer.", e);
        }
    }
}
