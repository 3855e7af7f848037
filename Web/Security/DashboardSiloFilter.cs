using CommunityPlanning.Common;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.Routing.Patterns;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// The dashboard's silo pages (<c>SiloProperties</c>, <c>SiloStats</c>, <c>SiloCounters</c>, <c>HistoricalStats</c>)
/// take a silo address from the path and hand it to a grain that parses it in its constructor: a malformed one
/// failed the activation and answered 500, a well-formed unknown one waited for a silo that is not there. Only
/// the address of a silo now in the cluster gets through; anything else is 404.
/// </summary>
internal sealed class DashboardSiloFilter(IGrainFactory grains) : IEndpointFilter
{
    private static readonly HashSet<string> SiloRoutes = ["SiloProperties", "SiloStats", "SiloCounters", "HistoricalStats"];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (SiloAddressIn(context.HttpContext) is { } address && !await IsActiveSiloAsync(address))
        {
            return ErrorResponses.Problem(ErrorCodes.NotFound);
        }

        return await next(context);
    }

    /// <summary>The silo address a silo route names (its catch-all parameter), or null for every other route.</summary>
    private static string? SiloAddressIn(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint { RoutePattern: var pattern }
            || !pattern.PathSegments.Any(s => s.IsSimple && s.Parts[0] is RoutePatternLiteralPart literal && SiloRoutes.Contains(literal.Content)))
        {
            return null;
        }

        var parameter = pattern.Parameters.FirstOrDefault(p => p.IsCatchAll);
        return parameter is null ? null : http.GetRouteValue(parameter.Name) as string ?? "";
    }

    private async Task<bool> IsActiveSiloAsync(string address)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return hosts.Keys.Any(silo => silo.ToParsableString() == address);
    }
}
