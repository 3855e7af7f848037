using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>A hub call's context for testing a hub filter on its own: a hub of <typeparamref name="THub"/> and its method <paramref name="method"/>.</summary>
public static class HubInvocations
{
    public static HubInvocationContext Of<THub>(string method)
        where THub : Hub, new() =>
        new(new TestCallerContext(), new EmptyServices(), new THub(), typeof(THub).GetMethod(method)!, []);

    private sealed class TestCallerContext : HubCallerContext
    {
        public override string ConnectionId => "connection";

        public override string? UserIdentifier => null;

        public override ClaimsPrincipal? User => null;

        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();

        public override IFeatureCollection Features { get; } = new FeatureCollection();

        public override CancellationToken ConnectionAborted => CancellationToken.None;

        public override void Abort()
        {
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
