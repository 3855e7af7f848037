using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// Bound from the <c>Proxy</c> section: the reverse proxies (TLS terminators) whose <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c> are believed. Anyone else could claim any address or scheme, so the headers count
/// only when the connection comes from one of these; with none configured, only from this machine (loopback).
/// </summary>
public sealed class ProxySettings
{
    public const string Section = "Proxy";

    public static ProxySettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ProxySettings>() ?? new ProxySettings();

    /// <summary>Addresses of the proxies (e.g. <c>10.0.0.5</c>); replace the loopback default when any is set.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR (e.g. <c>10.0.0.0/24</c>); replace the loopback default when any is set.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row (each must be known) the forwarded headers pass through.</summary>
    public int ForwardLimit { get; set; } = 1;

    public void Apply(ForwardedHeadersOptions options)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        options.ForwardLimit = ForwardLimit;
        if (KnownProxies.Count == 0 && KnownNetworks.Count == 0)
        {
            return; // the framework's defaults: 127.0.0.0/8 and ::1
        }

        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:{nameof(KnownProxies)}: '{proxy}' is not an IP address."));
        }

        foreach (var network in KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"{Section}:{nameof(KnownNetworks)}: '{network}' is not a network in CIDR notation (10.0.0.0/24)."));
        }
    }
}
