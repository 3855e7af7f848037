using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>An embedded application whose logs the tests read: our own at Information, everything else at Warning.</summary>
public sealed class LoggedAppFixture() : EmbeddedAppFixture(["--Logging:LogLevel:CommunityPlanning=Information"])
{
    public CapturedLogs Logs { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
    }
}
