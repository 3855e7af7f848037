using System.Net;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CommunityPlanning.Web.Tests.Security;

/// <summary>
/// Behind a TLS proxy: the forwarded client address, scheme and host count when the connection comes from a
/// configured proxy (loopback unless configured), and are ignored from anyone else.
/// </summary>
public sealed class ProxyTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private const string PublicHost = "planovani.kraj-lbc.example";

    [Fact]
    public async Task Behind_the_local_proxy_the_cookie_is_secure_hsts_is_sent_and_invite_links_name_the_public_address()
    {
        using var visitor = app.NewClient();
        AddProxyHeaders(visitor);

        var signIn = await visitor.PostAsync("/api/auth/sign-in", new { email = TestAccounts.AdminEmail, password = TestAccounts.AdminPassword });

        signIn.EnsureSuccessStatusCode();
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cp.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal($"max-age={(int)EdgeSecurity.StrictTransportSecurityMaxAge.TotalSeconds}", Assert.Single(signIn.Headers.GetValues("Strict-Transport-Security")));

        // Signed in over plain HTTP (the test's cookie jar sends no secure cookie there), then asking through the proxy.
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        AddProxyHeaders(organizer);
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        Assert.StartsWith($"https://{PublicHost}/join#", invite.Url);
    }

    [Fact]
    public async Task Without_proxy_headers_the_cookie_follows_the_plain_request_and_no_server_banner_is_sent()
    {
        using var organizer = app.NewClient();
        var signIn = await organizer.PostAsync("/api/auth/sign-in", new { email = TestAccounts.AdminEmail, password = TestAccounts.AdminPassword });

        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cp.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
        Assert.False(signIn.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData(new string[0], "127.0.0.1", true)]
    [InlineData(new string[0], "::1", true)]
    [InlineData(new string[0], "10.0.0.5", false)]
    [InlineData(new[] { "--Proxy:KnownProxies:0=10.0.0.5" }, "10.0.0.5", true)]
    [InlineData(new[] { "--Proxy:KnownProxies:0=10.0.0.5" }, "10.0.0.6", false)]
    [InlineData(new[] { "--Proxy:KnownProxies:0=10.0.0.5" }, "127.0.0.1", false)]
    [InlineData(new[] { "--Proxy:KnownNetworks:0=10.1.0.0/16" }, "10.1.200.3", true)]
    [InlineData(new[] { "--Proxy:KnownNetworks:0=10.1.0.0/16" }, "10.2.0.3", false)]
    [InlineData(new[] { "--Proxy:KnownNetworks:0=fd00::/8" }, "fd12::7", true)]
    public async Task Forwarded_headers_count_only_from_a_known_proxy(string[] settings, string connectionFrom, bool believed)
    {
        var options = new ForwardedHeadersOptions();
        ProxySettings.From(new ConfigurationBuilder().AddCommandLine(settings).Build()).Apply(options);
        HttpContext? seen = null;
        var middleware = new ForwardedHeadersMiddleware(context => { seen = context; return Task.CompletedTask; }, NullLoggerFactory.Instance, Options.Create(options));
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(connectionFrom);
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("10.0.0.20:5080");
        http.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
        http.Request.Headers["X-Forwarded-Proto"] = "https";
        http.Request.Headers["X-Forwarded-Host"] = PublicHost;

        await middleware.Invoke(http);

        Assert.Equal(believed ? IPAddress.Parse("203.0.113.7") : IPAddress.Parse(connectionFrom), seen!.Connection.RemoteIpAddress);
        Assert.Equal(believed, seen.Request.IsHttps);
        Assert.Equal(believed ? PublicHost : "10.0.0.20:5080", seen.Request.Host.Value);
    }

    [Fact]
    public void A_proxy_that_is_no_address_stops_the_start()
    {
        var settings = ProxySettings.From(new ConfigurationBuilder().AddCommandLine(["--Proxy:KnownProxies:0=proxy.internal"]).Build());
        Assert.Contains("proxy.internal", Assert.Throws<InvalidOperationException>(() => settings.Apply(new ForwardedHeadersOptions())).Message);
    }

    /// <summary>What nginx adds in front of the application (README, "Behind a proxy").</summary>
    private static void AddProxyHeaders(ApiClient client)
    {
        client.DefaultHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultHeaders.Add("X-Forwarded-Host", PublicHost);
        client.DefaultHeaders.Add("X-Forwarded-For", "203.0.113.7");
    }
}
