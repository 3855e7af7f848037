using CommunityPlanning.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>A refused hub call answers with its error code as a HubException; the connection stays open.</summary>
public sealed class DomainErrorHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            throw new HubException(e.Code);
        }
    }
}
