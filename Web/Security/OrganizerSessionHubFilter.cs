using CommunityPlanning.Common;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// A hub connection outlives the request that opened it: an organizer's session is checked again on their calls
/// (at most once per <see cref="CheckEvery"/>), so a connection of a signed-out or deactivated account stops acting.
/// Connections that only listen are closed by <see cref="OrganizerConnectionSweep"/>.
/// </summary>
public sealed class OrganizerSessionHubFilter(IGrainFactory grains, TimeProvider time) : IHubFilter
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    private const string CheckedKey = "cp.session-checked";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var connection = context.Context;
        if (connection.User?.Identity?.IsAuthenticated == true)
        {
            var now = time.GetUtcNow();
            if (connection.Items.TryGetValue(CheckedKey, out var last) is false || last is not DateTimeOffset at || now - at >= CheckEvery)
            {
                if (await OrganizerSessions.ValidateAsync(grains, connection.User) is null)
                {
                    connection.Abort();
                    throw new DomainException(ErrorCodes.Unauthenticated);
                }

                connection.Items[CheckedKey] = now;
            }
        }

        return await next(context);
    }
}
