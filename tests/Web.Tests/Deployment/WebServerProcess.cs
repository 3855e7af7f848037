using System.Diagnostics;
using System.Net;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Deployment;

/// <summary>
/// A web server in a process of its own, as deployed (the build's CommunityPlanning.Web.dll with Web/ as its content
/// root), so a test can kill it as a crash would: no shutdown, no goodbye to the grains or the clients.
/// </summary>
public sealed class WebServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly List<string> _output = [];

    private WebServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The server itself, past any proxy.</summary>
    public Uri BaseUri { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the server on a free port and returns once it answers <c>/health/ready</c>.</summary>
    public static async Task<WebServerProcess> StartAsync(params string[] settings)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CommunityPlanning.Web.dll"));
        start.ArgumentList.Add($"--contentRoot={WebRootAppFixture.WebDirectory}");
        start.ArgumentList.Add($"--Urls=http://127.0.0.1:{port}");
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var server = new WebServerProcess(Process.Start(start)!, port);
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>Kills the process at once (SIGKILL), as <c>kill -9</c> or a crash would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>What the process wrote, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(40));
            }
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    /// <summary>
    /// Asks the readiness endpoint until it answers (nothing announces readiness otherwise: the logs stay at warnings),
    /// failing at once if the process ends.
    /// </summary>
    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(5) };
        using var cancel = new CancellationTokenSource(StartTimeout);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The web server ended with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancel.Token)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            if (!await ticks.WaitForNextTickAsync(cancel.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully && t.Result))
            {
                throw new TimeoutException($"The web server did not become ready within {StartTimeout}:\n{Output}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
