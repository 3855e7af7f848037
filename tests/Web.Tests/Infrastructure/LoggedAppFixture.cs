using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>An embedded application whose logs the tests read: our own at Information, everything else at Warning.</summary>
public sealed class LoggedAppFixture() : EmbeddedAppFixture(["--Logging:LogLevel:CommunityPlanning=Information"]), IAsyncLifetime
{
    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts the application as the base fixture does, then listens to its logs.</summary>
    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Host.Services.GetRequiredService<ILoggerFactory>().AddProvider(Logs);
    }
}
