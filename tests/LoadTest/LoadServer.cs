using System.Diagnostics;
using CommunityPlanning.Web.Hosting;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.LoadTest.Floor;
using Microsoft.AspNetCore.Builder;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// The real application: Kestrel on 127.0.0.1, embedded silo, SQLite in a temporary folder. By default in a
/// process of its own (this tool started again with <c>serve</c>), so its CPU, memory and garbage collections are
/// the server's alone; with <c>--in-process</c> inside the load tool. Or, for the floor, a bare relaying hub
/// (<see cref="FloorHub"/>, mode <c>serve-floor</c>).
/// </summary>
public sealed class LoadServer : IAsyncDisposable
{
    public const string AdminEmail = "zatez@kraj-lbc.example";
    public const string AdminPassword = "zátěžové-heslo-koordinátora";
    public const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";
    private const string Listening = "listening ";

    private readonly WebApplication? _app;
    private readonly Process? _process;
    private readonly string? _dataDirectory;

    private LoadServer(Uri baseUri, WebApplication? app, string? dataDirectory, Process? process)
    {
        (BaseUri, _app, _dataDirectory, _process) = (baseUri, app, dataDirectory, process);
    }

    public Uri BaseUri { get; }

    /// <summary>The process the server runs in (this one with <c>--in-process</c>).</summary>
    public Process Process => _process ?? Process.GetCurrentProcess();

    public bool OwnProcess => _process is not null;

    /// <summary>CPU time the server's process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var process = Process;
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>The peak working set of the server's process, in MB.</summary>
    public double PeakMegabytes()
    {
        var process = Process;
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024;
    }

    public static async Task<LoadServer> StartAsync(bool inProcess, bool floor = false)
    {
        if (inProcess)
        {
            var (app, dataDirectory) = await StartAppAsync(floor);
            return new LoadServer(new Uri(CommunityPlanningApp.Addresses(app).Single()), app, dataDirectory, null);
        }

        var tool = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(tool) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(tool) == "dotnet")
        {
            start.ArgumentList.Add(typeof(LoadServer).Assembly.Location);
        }

        start.ArgumentList.Add(floor ? "serve-floor" : "serve");
        start.Environment.Remove(InlineCompletions);
        var process = Process.Start(start) ?? throw new InvalidOperationException("the server process did not start");
        while (await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(120)) is { } line)
        {
            if (line.StartsWith(Listening, StringComparison.Ordinal))
            {
                _ = ForwardAsync(process.StandardOutput);
                return new LoadServer(new Uri(line[Listening.Length..]), null, null, process);
            }

            Console.WriteLine($"  server: {line}");
        }

        throw new InvalidOperationException($"the server process ended before listening (exit code {process.ExitCode})");
    }

    /// <summary>The <c>serve</c> (or <c>serve-floor</c>) mode: runs the server until standard input closes.</summary>
    public static async Task<int> ServeAsync(bool floor)
    {
        var (app, dataDirectory) = await StartAppAsync(floor);
        Console.WriteLine($"{Listening}{CommunityPlanningApp.Addresses(app).Single()}");
        while (await Console.In.ReadLineAsync() is not null)
        {
        }

        await StopAsync(app, dataDirectory);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await StopAsync(_app, _dataDirectory!);
        }

        if (_process is not null)
        {
            _process.StandardInput.Close();
            try
            {
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }

    private static async Task<(WebApplication App, string DataDirectory)> StartAppAsync(bool floor)
    {
        if (floor)
        {
            var bare = FloorHub.Create();
            await bare.StartAsync();
            return (bare, "");
        }

        var dataDirectory = Path.Combine(Path.GetTempPath(), $"cp-load-{Guid.NewGuid():N}");
        var app = CommunityPlanningApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Error",
            "--Hosting:Mode=Embedded",
            "--Storage:Provider=Sqlite",
            $"--Storage:DataDirectory={dataDirectory}",
            $"--Cluster:SiloPort={FreePort.Next()}",
            $"--Cluster:GatewayPort={FreePort.Next()}",
            "--Demo:Enabled=false",
            $"--Admin:Email={AdminEmail}",
            $"--Admin:Password={AdminPassword}",
        ]);
        await CommunityPlanningApp.StartAsync(app);
        return (app, dataDirectory);
    }

    private static async Task StopAsync(WebApplication app, string dataDirectory)
    {
        await app.StopAsync();
        await app.DisposeAsync();
        if (dataDirectory.Length == 0)
        {
            return;
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task ForwardAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            Console.WriteLine($"  server: {line}");
        }
    }
}
