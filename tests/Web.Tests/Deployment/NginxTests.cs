using System.Globalization;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// The deployment of deploy/: Debian's nginx with deploy/nginx/communityplanning.conf terminating TLS in front of two
/// web servers in processes of their own (client mode) and a silo, on PostgreSQL. A participant comes through nginx
/// over HTTPS and a WebSocket, types, and goes on typing on the other web server after the one it was on is killed.
/// </summary>
public sealed class NginxTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private NginxDeployment _deployment = null!;
    private NginxProxy _nginx = null!;

    public async Task InitializeAsync()
    {
        _deployment = await NginxDeployment.StartAsync();
        _nginx = _deployment.Nginx;
    }

    public async Task DisposeAsync()
    {
        if (_deployment is not null)
        {
            await _deployment.DisposeAsync();
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
        // The invite's link names the address the organizer's browser used, port included (nginx passes Host on).
        var invite = await MeetingSetup.InviteAsync(organizer, meeting.Id, MeetingRole.Participant);
        Assert.Equal(new Uri(_nginx.BaseUri, $"/join#{invite.Token}"), new Uri(invite.Url));
        using var visitor = new ApiClient(_nginx.BaseUri, _nginx.Certificate);
        var joined = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = "Jana Nováková" });

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

        var onServer = await _deployment.ServerRelayingAsync();
        // Mid-typing: keystrokes in flight and waiting when the web server dies.
        for (var i = 0; i < 5; i++)
        {
            editor.TypeRandomly(random);
        }

        await onServer.KillAsync();
        var other = _deployment.WebServers.Single(w => w != onServer);

        // The client comes back through nginx, which finds the dead server refusing and takes the other one;
        // the unconfirmed edit is sent again under its id.
        await editor.DropAsync();
        await editor.ConnectAsync();
        await editor.WhenSettledAsync().WaitAsync(Timeout);
        Assert.Same(other, await _deployment.ServerRelayingAsync());
        await TypeAsync(editor, random, 10);

        Assert.Null(editor.Failure);
        var grain = _deployment.Grains.GetGrain<IVisionDocumentGrain>(document.Id);
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
}
