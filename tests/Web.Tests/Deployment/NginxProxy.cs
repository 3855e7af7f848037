using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// Debian's nginx (installed by test.sh) running deploy/nginx/communityplanning.conf as shipped, with only what a
/// town changes in it replaced for the test: the listening ports, the server name (localhost), the certificate (a
/// self-signed one made here) and the web servers' addresses. It runs in a folder of its own and in the foreground.
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly DirectoryInfo _folder;

    private NginxProxy(Process process, DirectoryInfo folder, int httpsPort, X509Certificate2 certificate)
    {
        _process = process;
        _folder = folder;
        BaseUri = new Uri($"https://localhost:{httpsPort}/");
        Certificate = certificate;
    }

    /// <summary>The public address: HTTPS, as a browser comes.</summary>
    public Uri BaseUri { get; }

    /// <summary>The proxy's self-signed certificate, the one a test's clients trust.</summary>
    public X509Certificate2 Certificate { get; }

    public static string ShippedConfiguration => Path.Combine(Path.GetDirectoryName(WebRootAppFixture.WebDirectory)!, "deploy", "nginx", "communityplanning.conf");

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<int> webServerPorts)
    {
        var folder = Directory.CreateTempSubdirectory("cp-nginx-");
        // nginx's workers run as nobody when the tests run as root: they must reach their temporary folders.
        if (!OperatingSystem.IsWindows())
        {
            folder.UnixFileMode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }
        var certificate = SelfSigned();
        var certificateFile = Path.Combine(folder.FullName, "localhost.pem");
        var keyFile = Path.Combine(folder.FullName, "localhost.key");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());
        await File.WriteAllTextAsync(keyFile, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());

        var (httpPort, httpsPort) = (FreePort.Next(), FreePort.Next());
        var site = Templated(await File.ReadAllTextAsync(ShippedConfiguration),
        [
            ("server 127.0.0.1:5080 ", $"server 127.0.0.1:{webServerPorts[0]} "),
            ("server 127.0.0.1:5081 ", $"server 127.0.0.1:{webServerPorts[1]} "),
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"),
            ("listen [::]:80;", ""),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;"),
            ("listen [::]:443 ssl http2;", ""),
            ("server_name planovani.example.cz;", "server_name localhost;"),
            ("/etc/ssl/certs/planovani.example.cz.pem", certificateFile),
            ("/etc/ssl/private/planovani.example.cz.key", keyFile),
        ]);
        var siteFile = Path.Combine(folder.FullName, "communityplanning.conf");
        await File.WriteAllTextAsync(siteFile, site);
        var main = Path.Combine(folder.FullName, "nginx.conf");
        await File.WriteAllTextAsync(main, $$"""
            daemon off;
            worker_processes 1;
            pid {{folder.FullName}}/nginx.pid;
            error_log {{folder.FullName}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log {{folder.FullName}}/access.log;
                client_body_temp_path {{folder.FullName}}/client_body;
                proxy_temp_path {{folder.FullName}}/proxy;
                fastcgi_temp_path {{folder.FullName}}/fastcgi;
                uwsgi_temp_path {{folder.FullName}}/uwsgi;
                scgi_temp_path {{folder.FullName}}/scgi;
                include {{siteFile}};
            }
            """);

        // Debian puts it in /usr/sbin, which a user's PATH may not have.
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", folder.FullName, "-e", Path.Combine(folder.FullName, "error.log"), "-c", main })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(process, folder, httpsPort, certificate);
        await proxy.WaitListeningAsync(httpsPort);
        return proxy;
    }

    /// <summary>What nginx logged (its errors and warnings), for a failure's message.</summary>
    public string ErrorLog => File.Exists(Path.Combine(_folder.FullName, "error.log")) ? File.ReadAllText(Path.Combine(_folder.FullName, "error.log")) : "";

    /// <summary>Every change must find its text: a change to the shipped file that the test no longer covers fails here.</summary>
    private static string Templated(string configuration, IEnumerable<(string Shipped, string Test)> changes)
    {
        foreach (var (shipped, test) in changes)
        {
            Assert.True(configuration.Contains(shipped, StringComparison.Ordinal), $"deploy/nginx/communityplanning.conf no longer has '{shipped}'");
            configuration = configuration.Replace(shipped, test, StringComparison.Ordinal);
        }

        return configuration;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>Waits until nginx accepts connections on its HTTPS port, failing at once if it ended (a configuration error).</summary>
    private async Task WaitListeningAsync(int port)
    {
        using var cancel = new CancellationTokenSource(StartTimeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx ended with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}\n{ErrorLog}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancel.Token);
                return;
            }
            catch (SocketException)
            {
                // not listening yet
            }

            if (!await ticks.WaitForNextTickAsync(cancel.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            {
                throw new TimeoutException($"nginx did not listen within {StartTimeout}:\n{ErrorLog}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Certificate.Dispose();
        _folder.Delete(recursive: true);
    }
}
