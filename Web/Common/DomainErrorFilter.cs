using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Common;

/// <summary>Turns a refusal anywhere below an endpoint into its documented error answer.</summary>
public sealed class DomainErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            return ErrorResponses.Problem(e.Code, e.Message == e.Code ? null : e.Message);
        }
    }
}
