using CommunityPlanning.Hosting;
using CommunityPlanning.Web.Security;
using Microsoft.AspNetCore.SignalR;
using OpenTelemetry.Metrics;

namespace CommunityPlanning.Web.Telemetry;

/// <summary>
/// Metrics a town's IT can watch: OpenTelemetry for ASP.NET Core, SignalR, Kestrel, Orleans, the runtime and the
/// product (<see cref="ProductMeter"/>), scraped by Prometheus at <c>/metrics</c> and, when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, pushed over OTLP. The scrape endpoint answers a signed-in administrator,
/// or a scraper whose bearer token's SHA-256 (hex) is <c>Metrics:TokenSha256</c>; the token itself is never stored.
/// </summary>
public static class TelemetrySetup
{
    public const string ScrapePath = "/metrics";
    private const string ScraperPolicy = "metrics-scraper";

    public static void AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProductMeter>();
        // Before the application's own filters are added (CommunityPlanningApp.AddServices): the first is outermost.
        builder.Services.Configure<HubOptions>(o => o.AddFilter<HubCallMetrics>());
        var metrics = builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddAspNetCoreInstrumentation()
            .AddRuntimeInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections", "Microsoft.Orleans", ProductMeter.Name)
            .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            metrics.WithMetrics(m => m.AddOtlpExporter());
        }

        var token = ScraperToken.From(builder.Configuration[ScraperToken.Setting]);
        builder.Services.AddAuthorizationBuilder().AddPolicy(ScraperPolicy, policy => policy.RequireAssertion(context =>
            context.User.IsInRole(OrganizerClaims.AdministratorRole)
            || (context.Resource is HttpContext http && token?.Matches(http.Request.Headers.Authorization.ToString()) == true)));
    }

    public static void MapTelemetry(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ProductMeter>(); // its gauges report from the start, not from the first hub call
        app.MapPrometheusScrapingEndpoint(ScrapePath).RequireAuthorization(ScraperPolicy);
    }
}
