using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CommunityPlanning.Documents;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Silo;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// The deployment of deploy/: Debian's nginx with deploy/nginx/communityplanning.conf terminating TLS in front of two
/// web servers in processes of their own (client mode) and a silo, on PostgreSQL. A participant comes through nginx
/// over HTTPS and a WebSocket, types, and goes on typing on the other web server after the one it was on is killed.
/// </summary>
public sealed partial class NginxTests : IAsyncLifetime
{
    private const string ScraperToken = "nginx-test-scraper";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly List<WebServerProcess> _webServers = [];
    private IHost _silo = null!;
    private NginxProxy _nginx = null!;
    private string _certificatePath = null!;

    public async Task InitializeAsync()
    {
        var clusterId = $"test-{Guid.NewGuid():N}";
        string[] common =
        [
            "--Storage:Provider=PostgreSql",
            $"--Storage:ConnectionString={TestPostgres.ConnectionString}",
            $"--Cluster:ClusterId={clusterId}",
            $"--Cluster:ServiceId={clusterId}",
            "--Logging:LogLevel:Default=Warning",
        ];
        await new ConfigurationBuilder().AddCommandLine(common).Build().EnsureDatabaseAsync();
        _silo = SiloHost.Create([.. common, $"--Cluster:SiloPort={FreePort.Next()}", $"--Cluster:GatewayPort={FreePort.Next()}"]);
        await _silo.StartAsync();

        _certificatePath = Path.Combine(Path.GetTempPath(), $"cp-{clusterId}.pfx");
        TestCertificate.WritePfx(_certificatePath);
        string[] web =
        [
            .. common, "--Hosting:Mode=Client", "--SignIn:PermitsPerMinute=100000",
            $"--Admin:Email={TestAccounts.AdminEmail}", $"--Admin:Password={TestAccounts.AdminPassword}",
            $"--DataProtection:CertificatePath={_certificatePath}", $"--DataProtection:CertificatePassword={TestCertificate.Password}",
            $"--Metrics:TokenSha256={Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ScraperToken)))}",
        ];
        // One after the other: the first creates the administrator before the second looks for it.
        _webServers.Add(await WebServerProcess.StartAsync(web));
        _webServers.Add(await WebServerProcess.StartAsync(web));
        _nginx = await NginxProxy.StartAsync([.. _webServers.Select(w => w.Port)]);
    }

    /// <summary>Also after a failed start, so a failure says what failed rather than what was not there to stop.</summary>
    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }

        foreach (var server in _webServers)
        {
            await server.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        if (_certificatePath is not null)
        {
            File.Delete(_certificatePath);
        }
    }

    [Fact]
    public async Task A_participant_goes_on_typing_through_nginx_after_the_web_server_it_was_on_is_killed()
    {
        using var organizer = new ApiClient(_nginx.BaseUri, _nginx.Certificate);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        // nginx said the browser came over HTTPS (X-Forwarded-Proto) and the application believed it: a Secure cookie.
        Assert.True(organizer.Cookies.GetCookies(_nginx.BaseUri)["cp.auth"]?.Secure);

        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, [("Dostupnost", "Vize: ")]);
        var sectionId = document.Sections[0].Id;
        using var visitor = new ApiClient(_nginx.BaseUri, _nginx.Certificate);
        var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");

        // A negotiated connection (SignalR's fallback) makes several requests; nginx keeps them on one web server.
        await using (var negotiated = await LiveClient.ConnectAsync(_nginx.BaseUri, configure: o => Trust(o, negotiate: true)))
        {
            Assert.Equal(meeting.Id, (await negotiated.JoinAsync(meeting.Id, joined.Ticket)).Details.Id);
        }

        // The participant connects as the browser does: straight to a WebSocket, through nginx.
        await using var editor = new TestEditor(_nginx.BaseUri, meeting.Id, joined.Ticket, sectionId, "jana", o => Trust(o, negotiate: false));
        await editor.ConnectAsync();
        var random = new Random(23);
        await TypeAsync(editor, random, 10);

        var onServer = await ServerRelayingAsync();
        // Mid-typing: keystrokes in flight and waiting when the web server dies.
        for (var i = 0; i < 5; i++)
        {
            editor.TypeRandomly(random);
        }

        await onServer.KillAsync();
        var other = _webServers.Single(w => w != onServer);

        // The client comes back through nginx, which finds the dead server refusing and takes the other one;
        // the unconfirmed edit is sent again under its id.
        await editor.DropAsync();
        await editor.ConnectAsync();
        await editor.WhenSettledAsync().WaitAsync(Timeout);
        Assert.Same(other, await ServerRelayingAsync());
        await TypeAsync(editor, random, 10);

        Assert.Null(editor.Failure);
        var grain = _silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IVisionDocumentGrain>(document.Id);
        var section = (await grain.Open()).Sections.Single(s => s.SectionId == sectionId);
        Assert.Equal(editor.Text, section.Text);
        Assert.Equal(editor.Revision, section.Revision);
        // Every keystroke's edit is in the history once, none lost (the ids run without a gap), none twice.
        var ids = (await grain.GetEdits(sectionId, 0)).Select(e => e.ClientOpId).ToList();
        Assert.All(ids, id => Assert.StartsWith("jana:", id, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, ids.Count), ids.Select(id => int.Parse(id["jana:".Length..], CultureInfo.InvariantCulture)).Order());
    }

    private static async Task TypeAsync(TestEditor editor, Random random, int keystrokes)
    {
        for (var i = 0; i < keystrokes; i++)
        {
            editor.TypeRandomly(random);
            await editor.WhenSettledAsync().WaitAsync(Timeout);
        }
    }

    /// <summary>The web server that relays the document now (it holds the participant's connection), by its metrics.</summary>
    private async Task<WebServerProcess> ServerRelayingAsync()
    {
        using var cancel = new CancellationTokenSource(Timeout);
        while (true)
        {
            var relaying = new List<WebServerProcess>();
            foreach (var server in _webServers.Where(w => !w.HasExited))
            {
                if (await RelayedDocumentsAsync(server) > 0)
                {
                    relaying.Add(server);
                }
            }

            if (relaying.Count == 1)
            {
                return relaying[0];
            }

            await Task.Delay(100, cancel.Token); // the exporter refreshes what a scrape answers at most this often
        }
    }

    private static async Task<double> RelayedDocumentsAsync(WebServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScraperToken);
        var scrape = await http.GetStringAsync("/metrics");
        return RelayDocuments().Match(scrape) is { Success: true } m ? double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Trusts the proxy's certificate (over HTTPS and the secure WebSocket), and connects as asked.</summary>
    private void Trust(HttpConnectionOptions options, bool negotiate)
    {
        var thumbprint = _nginx.Certificate.Thumbprint;
        options.HttpMessageHandlerFactory = inner =>
        {
            if (inner is HttpClientHandler handler)
            {
                handler.ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint;
            }

            return inner;
        };
        options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && Convert.ToHexString(certificate.GetCertHash()) == thumbprint;
        if (!negotiate)
        {
            options.SkipNegotiation = true;
            options.Transports = HttpTransportType.WebSockets;
        }
    }

    [GeneratedRegex(@"^cp_relay_documents(\{[^}]*\})? (?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex RelayDocuments();
}
