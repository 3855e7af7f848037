using Microsoft.AspNetCore.SignalR;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// What the hub needs against malformed input, in one place: the argument rules' filter, and SignalR's dispatcher
/// log switched off (docs/protocol.md, "Errors").
/// </summary>
public static class HubInputGuards
{
    /// <summary>
    /// The category of SignalR's DefaultHubDispatcher. Its messages are Debug or Trace, except "Failed to invoke hub
    /// method" at Error with the stack trace, for every refused call too: a client could fill the log with them.
    /// <see cref="DomainErrorHubFilter"/> logs refusals and failures once instead.
    /// </summary>
    public const string DispatcherLogCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public static ISignalRServerBuilder AddHubInputGuards(this ISignalRServerBuilder signalR)
    {
        var services = signalR.Services;
        services.Configure<HubOptions>(o => o.AddFilter<ArgumentRulesHubFilter>());

        // First, so that a setting for this category in the configuration (read in before) still wins.
        services.Configure<LoggerFilterOptions>(o => o.Rules.Insert(0, new LoggerFilterRule(null, DispatcherLogCategory, LogLevel.None, null)));
        return signalR;
    }
}
