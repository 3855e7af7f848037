using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>Refuses a call whose arguments break their declarations (<see cref="HubArgumentRules"/>) before the method runs.</summary>
public sealed class ArgumentRulesHubFilter : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        HubArgumentRules.Check(context.HubMethod, context.HubMethodArguments);
        return next(context);
    }
}
