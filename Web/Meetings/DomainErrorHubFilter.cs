using CommunityPlanning.Common;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Web.Common;
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
        catch (Exception e) when (RefusalCode(e) is { } code)
        {
            // Only the method and the code: arguments and details may hold what a secret ballot must not tell.
            logger.LogInformation("Refused hub call {HubMethod}: {Code}", HubCallName.Of(context), code);
            throw new HubException(code);
        }
        catch (Exception e) when (ClusterUnavailable.Is(e))
        {
            logger.LogWarning("Hub call {HubMethod} found the cluster unavailable: {Failure}", HubCallName.Of(context), e.GetType().Name);
            throw new HubException(ErrorCodes.ClusterUnavailable);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Hub call {HubMethod} failed", HubCallName.Of(context));
            throw;
        }
    }

    /// <summary>A grain's or validator's refusal, or the text engine's refusal of an operation the hub parsed.</summary>
    private static string? RefusalCode(Exception e) => e switch
    {
        DomainException domain => domain.Code,
        TextException text => text.Code,
        _ => null,
    };
}
