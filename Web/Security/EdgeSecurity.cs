using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CommunityPlanning.Web.Security;

/// <summary>
/// The protections of the HTTP edge in one place: trusted proxies' forwarded headers, security headers and HSTS,
/// the key ring encrypted at rest, and the administrators' policy (accounts, the dashboard).
/// </summary>
public static class EdgeSecurity
{
    /// <summary>HSTS for a year, this host only: the organization's other hosts are not ours to decide.</summary>
    public static readonly TimeSpan StrictTransportSecurityMaxAge = TimeSpan.FromDays(365);

    public static WebApplicationBuilder AddEdgeSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<ForwardedHeadersOptions>(ProxySettings.From(builder.Configuration).Apply);
        services.AddHsts(o => o.MaxAge = StrictTransportSecurityMaxAge);
        // "Server: Kestrel" tells a scanner what to try and the browser nothing it needs.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddDataProtection().ProtectKeyRingAtRest(builder.Configuration);
        services.AddAdministratorPolicy();
        return builder;
    }

    /// <summary>First in the pipeline: everything after it sees the client's own address and scheme.</summary>
    public static WebApplication UseEdgeSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        // Only on HTTPS requests (as the proxy forwarded them) and never for localhost.
        app.UseHsts();
        return app;
    }
}
