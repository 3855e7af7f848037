using CommunityPlanning.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// A refused hub call answers with its error code as a HubException; the connection stays open. A refusal is the
/// client's doing, so it is logged once, at Information, with no stack trace (a client can repeat it at will); an
/// unexpected exception is logged here at Error, once: SignalR's own error log of failed calls is switched off
/// (<see cref="HubInputGuards"/>), as it would log every refusal too.
/// </summary>
public sealed class DomainErrorHubFilter(ILogger<DomainErrorHubFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            // Only the method and the code: arguments and details may hold what a secret ballot must not tell.
            logger.LogInformation("Refused hub call {HubMethod}: {Code}", context.HubMethodName, e.Code);
            throw new HubException(e.Code);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Hub call {HubMethod} failed", context.HubMethodName);
            throw;
        }
    }
}
