using CommunityPlanning.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// A hub connection outlives the request that opened it: an organizer's session is checked again on each of their
/// calls (a read-only call to their account; organizers are few), so a connection of a signed-out or deactivated
/// account stops acting at once (refused with <c>unauthenticated</c>, so the client knows why); the connection itself is
/// closed by <see cref="OrganizerConnectionSweep"/> within seconds, whether it acts or only listens.
/// </summary>
public sealed class OrganizerSessionHubFilter(IGrainFactory grains) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = context.Context;
        if (connection.User?.Identity?.IsAuthenticated == true && await OrganizerSessions.ValidateAsync(grains, connection.User) is null)
        {
            throw new DomainException(ErrorCodes.Unauthenticated);
        }

        return await next(context);
    }
}
