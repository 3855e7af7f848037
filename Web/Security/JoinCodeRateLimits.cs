using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlanning.Web.Security;

/// <summary>Bound from the <c>JoinCode</c> section.</summary>
public sealed class JoinCodeSettings
{
    public const string Section = "JoinCode";

    /// <summary>
    /// Code look-ups and joins by code one client address may make per minute. A room behind one address needs two
    /// a person (describe, then join), so the default lets thirty people in a minute and a guesser try 60 of 31^6 codes.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 60;
}

/// <summary>
/// The rate limit on join codes, per client address: six characters can be guessed where a 256-bit token cannot, so
/// every request that names a code or describes an invite counts. Refusals are <c>rate_limited</c> (429) with
/// <c>Retry-After</c>, as for the password endpoints (<see cref="SignInRateLimits"/> answers for both).
/// </summary>
public static class JoinCodeRateLimits
{
    public const string Policy = "join-code";

    public static IServiceCollection AddJoinCodeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(JoinCodeSettings.Section).Get<JoinCodeSettings>() ?? new();
        return services.Configure<RateLimiterOptions>(o => o.AddPerAddressPolicy(Policy, settings.PermitsPerMinute));
    }
}
