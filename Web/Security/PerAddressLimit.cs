using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlanning.Web.Security;

/// <summary>A rate-limit policy of so many requests per client address and minute (the proxy's forwarded address behind one).</summary>
public static class PerAddressLimit
{
    public static RateLimiterOptions AddPerAddressPolicy(this RateLimiterOptions options, string policy, int permitsPerMinute) =>
        options.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permitsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
}
