using System.Net;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlanning.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers, and no server banner.</summary>
public sealed class SecurityHeadersTests(WebRootAppFixture app) : IClassFixture<WebRootAppFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]                                               // the browser app's page
    [InlineData("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b/projector", HttpStatusCode.OK)] // its fallback
    [InlineData("/dist/app.js", HttpStatusCode.OK)]                                    // a static file
    [InlineData("/dist/no-such-file.js", HttpStatusCode.NotFound)]                     // a missing one
    [InlineData("/api/working-groups", HttpStatusCode.Unauthorized)]                   // the API, refused
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound)]                        // its problem answers
    [InlineData("/api/ui-texts/cs", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task Every_response_carries_the_security_headers(string path, HttpStatusCode status)
    {
        using var anonymous = app.NewClient();
        var response = await anonymous.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task The_sign_in_answer_and_the_hub_negotiation_carry_them_too()
    {
        using var organizer = app.NewClient();
        AssertSecurityHeaders(await organizer.PostAsync("/api/auth/sign-in", new { email = TestAccounts.AdminEmail, password = "nesprávné-heslo" }));
        AssertSecurityHeaders(await organizer.SendAsync(HttpMethod.Post, "/hubs/meeting/negotiate?negotiateVersion=1", new StringContent(""), withAntiforgery: false));
    }

    [Fact]
    public async Task An_unhandled_failure_answers_with_them_after_the_exception_handler_cleared_the_response()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddProblemDetails();
        await using var failing = builder.Build();
        failing.UseSecurityHeaders();
        failing.UseExceptionHandler();
        failing.MapGet("/", (HttpContext _) => throw new InvalidOperationException("selhání"));
        await failing.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(failing.Urls.Single()) };

        var response = await http.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertSecurityHeaders(response, serverBanner: true);
        await failing.StopAsync();
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, bool serverBanner = false)
    {
        var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            headers.GetValueOrDefault("Content-Security-Policy"));
        Assert.Equal("nosniff", headers.GetValueOrDefault("X-Content-Type-Options"));
        Assert.Equal("DENY", headers.GetValueOrDefault("X-Frame-Options"));
        Assert.Equal("no-referrer", headers.GetValueOrDefault("Referrer-Policy"));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, headers.GetValueOrDefault("Permissions-Policy"));
        Assert.Contains("camera=()", SecurityHeaders.PermissionsPolicy);
        Assert.Equal("same-origin", headers.GetValueOrDefault("Cross-Origin-Opener-Policy"));
        Assert.Equal("same-origin", headers.GetValueOrDefault("Cross-Origin-Resource-Policy"));
        if (!serverBanner)
        {
            Assert.False(headers.ContainsKey("Server"));
        }
    }
}
