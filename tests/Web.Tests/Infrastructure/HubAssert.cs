using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>Assertions about hub calls as the real SignalR client sees them.</summary>
public static class HubAssert
{
    /// <summary>The call is refused with the documented error <paramref name="code"/> (docs/protocol.md).</summary>
    public static async Task Refused(string code, Func<Task> call) =>
        Assert.EndsWith($"HubException: {code}", (await Assert.ThrowsAsync<HubException>(call)).Message);
}
