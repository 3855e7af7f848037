using System.Diagnostics;
using CommunityPlanning.Web.Meetings;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Telemetry;

/// <summary>
/// Counts and times every hub call; the outermost hub filter, so a refusal arrives here as the error code the
/// client gets (<see cref="DomainErrorHubFilter"/> turns it into a HubException). A client's successful join after it
/// lost its connection is a failover (<see cref="ProductMeter.Rejoins"/>).
/// </summary>
public sealed class HubCallMetrics(ProductMeter meter) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        string? code = null;
        try
        {
            return await next(context);
        }
        catch (HubException e)
        {
            (outcome, code) = ("refused", e.Message);
            throw;
        }
        catch
        {
            outcome = "failed";
            throw;
        }
        finally
        {
            var tags = new TagList { { "method", HubCallName.Of(context) }, { "outcome", outcome } };
            meter.HubCallDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            if (code is not null)
            {
                tags.Add("code", code);
            }

            meter.HubCalls.Add(1, tags);
            if (outcome == "ok" && context.HubMethodArguments is [JoinMeetingRequest { Rejoin: true }])
            {
                meter.Rejoins.Add(1);
            }
        }
    }
}
