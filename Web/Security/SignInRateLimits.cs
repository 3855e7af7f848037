using System.Threading.RateLimiting;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlanning.Web.Security;

/// <summary>Bound from the <c>SignIn</c> section.</summary>
public sealed class SignInSettings
{
    public const string Section = "SignIn";

    /// <summary>Password attempts (sign-in, password change, account links) one client address may make per minute.</summary>
    public int PermitsPerMinute { get; set; } = 20;
}

/// <summary>
/// ASP.NET Core's rate limiter on the password endpoints, per client address (the proxy's forwarded address when
/// the app runs behind one): a first line against guessing; each account also slows down wrong passwords itself.
/// </summary>
public static class SignInRateLimits
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(SignInSettings.Section).Get<SignInSettings>() ?? new();
        return services.AddRateLimiter(o =>
        {
            o.AddPerAddressPolicy(Policy, settings.PermitsPerMinute);
            o.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = $"{Math.Ceiling(retryAfter.TotalSeconds)}";
                }

                await ErrorResponses.Problem(ErrorCodes.RateLimited).ExecuteAsync(context.HttpContext);
            };
        });
    }
}
