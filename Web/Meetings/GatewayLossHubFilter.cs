using System.Collections.Concurrent;
using System.Reflection;
using CommunityPlanning.Web.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// Answers a <see cref="RetriedByClientAttribute"/> hub call with <c>cluster.unavailable</c> as soon as the Orleans
/// client loses a gateway while the call is under way, so the browser's retry goes through a live gateway at once
/// (docs/performance.md, "Failover").
/// </summary>
public sealed class GatewayLossHubFilter(GatewayLoss gatewayLoss) : IHubFilter
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> Retried = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!Retried.GetOrAdd(context.HubMethod, static m => m.IsDefined(typeof(RetriedByClientAttribute))))
        {
            return await next(context);
        }

        var loss = gatewayLoss.Next;
        var call = next(context).AsTask();
        try
        {
            return await call.WaitAsync(loss);
        }
        catch (OperationCanceledException) when (loss.IsCancellationRequested)
        {
            _ = call.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            throw new GatewayLostException();
        }
    }
}
