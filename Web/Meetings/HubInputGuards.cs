using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace CommunityPlanning.Web.Meetings;

/// <summary>
/// What the hub needs against malformed input, in one place: the argument rules' filter, the guarded protocol in
/// place of the plain JSON one, and SignalR's dispatcher log switched off (docs/protocol.md, "Errors").
/// </summary>
public static class HubInputGuards
{
    /// <summary>
    /// The category of SignalR's DefaultHubDispatcher. Its messages are Debug or Trace, except "Failed to invoke hub
    /// method" at Error with the stack trace, for every refused call too: a client could fill the log with them.
    /// <see cref="DomainErrorHubFilter"/> logs refusals and failures once instead.
    /// </summary>
    public const string DispatcherLogCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    /// <summary>Call after <c>AddSignalR().AddJsonProtocol(…)</c>: it replaces that protocol, keeping its options.</summary>
    public static IServiceCollection AddHubInputGuards(this IServiceCollection services)
    {
        services.Configure<HubOptions>(o => o.AddFilter<ArgumentRulesHubFilter>());

        foreach (var plain in services.Where(d => d.ServiceType == typeof(IHubProtocol) && d.ImplementationType == typeof(JsonHubProtocol)).ToList())
        {
            services.Remove(plain);
        }

        services.AddSingleton<IHubProtocol>(sp => new GuardedHubProtocol(
            new JsonHubProtocol(sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>()),
            () => sp.GetRequiredService<IOptions<HubOptions>>().Value.MaximumReceiveMessageSize,
            sp.GetRequiredService<ILogger<GuardedHubProtocol>>()));

        // First, so that a setting for this category in the configuration (read in before) still wins.
        services.Configure<LoggerFilterOptions>(o => o.Rules.Insert(0, new LoggerFilterRule(null, DispatcherLogCategory, LogLevel.None, null)));
        return services;
    }
}
