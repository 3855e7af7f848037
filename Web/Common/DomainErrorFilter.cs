using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// Turns a refusal anywhere below an endpoint into its documented error answer, and logs it once, at Information,
/// without a stack trace (a client can repeat a refusal at will). The route's pattern is logged, not the path,
/// which may hold a secret (a calendar link's token).
/// </summary>
public sealed class DomainErrorFilter(ILogger<DomainErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            var http = context.HttpContext;
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            logger.LogInformation("Refused {HttpMethod} {Route}: {Code}", http.Request.Method, route, e.Code);
            return ErrorResponses.Problem(e.Code, e.Message == e.Code ? null : e.Message);
        }
        catch (Exception e) when (ClusterUnavailable.Is(e))
        {
            var http = context.HttpContext;
            var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            logger.LogWarning("{HttpMethod} {Route} found the cluster unavailable: {Failure}", http.Request.Method, route, e.GetType().Name);
            http.Response.Headers.RetryAfter = "2";
            return ErrorResponses.Problem(ErrorCodes.ClusterUnavailable);
        }
    }
}
