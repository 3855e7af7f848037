using CommunityPlanning.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Metrics;

namespace CommunityPlanning.Silo;

/// <summary>
/// A silo's metrics: Orleans' (meter <c>Microsoft.Orleans</c>: grain calls, activations, messaging, storage) and the
/// runtime's, pushed over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and with <c>Metrics:Port</c> served to
/// Prometheus at <c>/metrics</c> on that port of its own (a silo has no web server), only to a scraper whose bearer
/// token's SHA-256 is <c>Metrics:TokenSha256</c>, as the web servers' (docs/operations.md, "Metrics").
/// </summary>
public static class SiloMetrics
{
    public const string PortSetting = "Metrics:Port";
    public const string ScrapePath = "/metrics";

    public static HostApplicationBuilder AddSiloMetrics(this HostApplicationBuilder builder)
    {
        var metrics = builder.Services.AddOpenTelemetry().WithMetrics(m => m
            .AddRuntimeInstrumentation()
            .AddMeter("Microsoft.Orleans")
            .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            metrics.WithMetrics(m => m.AddOtlpExporter());
        }

        if (builder.Configuration.GetValue<int?>(PortSetting) is { } port)
        {
            var token = ScraperToken.From(builder.Configuration[ScraperToken.Setting])
                ?? throw new InvalidOperationException($"{PortSetting} needs {ScraperToken.Setting}: the silo's metrics are served only to a scraper with the token.");
            builder.Services.AddHostedService(services => new SiloMetricsEndpoint(
                port, token, services.GetRequiredService<MeterProvider>(), services.GetRequiredService<IConfiguration>()));
        }

        return builder;
    }
}

/// <summary>The small web server of <see cref="SiloMetrics"/>: one path, on its own port, behind the token.</summary>
internal sealed class SiloMetricsEndpoint(int port, ScraperToken token, MeterProvider meters, IConfiguration silo) : IHostedService
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddConfiguration(silo); // the silo's logging settings
        builder.WebHost.UseUrls($"http://*:{port}");
        var app = builder.Build();
        app.Use((context, next) =>
        {
            if (token.Matches(context.Request.Headers.Authorization.ToString()))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, path: SiloMetrics.ScrapePath, configureBranchedPipeline: null, optionsName: null);
        await app.StartAsync(cancellationToken);
        _app = app;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
            await _app.DisposeAsync();
        }
    }
}
