using CommunityPlanning.Common;
using Microsoft.AspNetCore.Antiforgery;

namespace CommunityPlanning.Web.Common;

/// <summary>
/// Requires the antiforgery header on every state-changing request of the JSON API, so another site cannot
/// act with an organizer's cookie. The token comes from <c>GET /api/auth/antiforgery</c>.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && !await antiforgery.IsRequestValidAsync(http))
        {
            return ErrorResponses.Problem(ErrorCodes.AntiforgeryFailed);
        }

        return await next(context);
    }
}
