using CommunityPlanning.Hosting;
using CommunityPlanning.Web.Accounts;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Demo;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Health;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Plans;
using CommunityPlanning.Web.Records;
using CommunityPlanning.Web.Scheduling;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.Telemetry;
using CommunityPlanning.Web.Voting;
using CommunityPlanning.Web.WorkingGroups;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommunityPlanning.Web.Hosting;

/// <summary>Builds and starts the web application; used by Program and by the integration tests alike.</summary>
public static class CommunityPlanningApp
{
    public const long MaxRequestBodyBytes = 1024 * 1024;
    public const long MaxHubMessageBytes = 64 * 1024;
    /// <summary>Where the OpenAPI document of the HTTP API is served (docs/protocol.md, "OpenAPI"): /openapi/v1.json.</summary>
    public const string OpenApiPath = "/openapi/{documentName}.json";

    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddOrleans();
        builder.AddTelemetry();
        AddServices(builder.Services);
        builder.Services.AddSignInRateLimits(builder.Configuration);
        builder.Services.AddJoinCodeRateLimits(builder.Configuration);
        builder.Services.AddSingleton(RelaySettings.From(builder.Configuration));
        builder.AddEdgeSecurity();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        var hosting = HostingSettings.From(builder.Configuration);
        builder.WebHost.UseSockets(o => o.UnsafePreferInlineScheduling = hosting.InlineSocketScheduling);
        RaiseMinWorkerThreads(hosting.MinWorkerThreads);

        var app = builder.Build();
        app.UseEdgeSecurity();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseClientAssets();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        MapEndpoints(app);
        return app;
    }

    private static void RaiseMinWorkerThreads(int workers)
    {
        ThreadPool.GetMinThreads(out var current, out var completionPorts);
        if (workers > current)
        {
            ThreadPool.SetMinThreads(workers, completionPorts);
        }
    }

    /// <summary>Applies the schema, starts the server, then creates the configured administrator and the demo.</summary>
    public static async Task StartAsync(WebApplication app)
    {
        await app.Configuration.EnsureDatabaseAsync();
        await app.StartAsync();

        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(CommunityPlanningApp));
        await AccountBootstrap.EnsureAdministratorAsync(grains, app.Configuration.GetSection(AdminSettings.Section).Get<AdminSettings>() ?? new(), logger);

        var hosting = HostingSettings.From(app.Configuration);
        if (hosting.Mode == HostingMode.Embedded)
        {
            var demo = app.Configuration.GetSection(DemoSettings.Section).Get<DemoSettings>() ?? new();
            await DemoSeeder.SeedAsync(grains, demo, Addresses(app).FirstOrDefault() ?? "", app.Services.GetRequiredService<TimeProvider>(), logger);
        }
    }

    /// <summary>The addresses Kestrel listens on (with the real port when configured as 0).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    private static void AddServices(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddClientAssets();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (!problem.Extensions.ContainsKey("code") && ErrorResponses.CodeForStatus(problem.Status ?? 0) is { } code)
            {
                problem.Extensions["code"] = code;
                problem.Title = code;
            }
        });
        services.ConfigureHttpJsonOptions(o => WireJson.Configure(o.SerializerOptions));

        services.AddDataProtection().SetApplicationName("CommunityPlanning");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IGrainFactory>((o, grains) => o.XmlRepository = new GrainXmlRepository(grains));
        services.AddSingleton<ParticipantTickets>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = "cp.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            // The JSON API and the hub answer 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => Deny(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = OrganizerSessions.ValidatePrincipal;
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryFilter.HeaderName;
            o.Cookie.Name = "cp.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = MaxHubMessageBytes;
            o.AddFilter<DomainErrorHubFilter>();
            o.AddFilter<OrganizerSessionHubFilter>();
            o.AddFilter<GatewayLossHubFilter>();
        }).AddJsonProtocol(o => WireJson.Configure(o.PayloadSerializerOptions));
        services.AddSingleton<GatewayLoss>();
        services.AddHubInputGuards();
        // Replaces SignalR's default for the hub, so the document relay can write to each connection on its own.
        services.AddSingleton<HubConnections<MeetingHub>>();
        services.AddSingleton<HubLifetimeManager<MeetingHub>>(sp => sp.GetRequiredService<HubConnections<MeetingHub>>());
        services.AddSingleton<MeetingRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<MeetingRelay>());
        services.AddSingleton<DocumentRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentRelay>());
        services.AddSingleton<RelayDiagnostics>();
        services.AddSingleton<RelayTally>();
        services.AddHostedService<OrganizerConnectionSweep>();

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);
        services.AddOpenApi();
    }

    private static Task Deny(HttpContext http, string redirectUri, int status)
    {
        // Signing in again does not help a signed-in organizer who lacks a role (the dashboard's administrators):
        // there is no access-denied page to send them to.
        if (status == StatusCodes.Status403Forbidden || http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs")
            || http.Request.Path.StartsWithSegments(TelemetrySetup.ScrapePath))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            http.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }

    private static void MapEndpoints(WebApplication app)
    {
        var api = app.MapGroup("/api")
            .AddEndpointFilter<DomainErrorFilter>()
            .AddEndpointFilter<AntiforgeryFilter>();
        api.MapAuth();
        api.MapAccounts();
        api.MapWorkingGroups();
        api.MapDatePolls();
        api.MapMeetings();
        api.MapPolls();
        api.MapTasks();
        api.MapRecordForm();
        api.MapImports();
        api.MapMinutesImport();
        api.MapPlans();
        api.MapVisionExport();
        api.MapPublicMinutes();
        api.MapIntentionCalls();
        api.MapIntentions();
        api.MapMeetingIntentions();
        api.MapSubmission();
        api.MapRegister();
        api.MapUiTexts();
        api.MapFallback(() => ErrorResponses.Problem(CommunityPlanning.Common.ErrorCodes.NotFound));

        app.MapHub<MeetingHub>(MeetingHub.Path);
        // The HTTP API's description, for anyone: it names routes and shapes the client's code shows anyway, no data.
        app.MapOpenApi(OpenApiPath);

        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        app.MapDashboard();
        app.MapTelemetry();
        app.MapFallback(ClientPage.Send).WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
    }
}
