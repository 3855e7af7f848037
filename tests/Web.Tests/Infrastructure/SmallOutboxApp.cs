namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>The embedded application with a small outbox bound, so a stalled client overflows it quickly.</summary>
public sealed class SmallOutboxApp() : EmbeddedAppFixture([$"--Relay:MaxQueuedRounds={Bound}"])
{
    public const int Bound = 8;
}
