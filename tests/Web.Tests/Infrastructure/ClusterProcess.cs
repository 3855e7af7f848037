using System.Diagnostics;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>
/// A silo or a web server of the cluster as a process of its own (its project's build output, started in its project
/// folder as <c>dotnet run</c> would; the copy beside the tests resolves the tests' assembly versions), so a fault test
/// can kill it as a machine would lose it: <see cref="Kill"/> is SIGKILL, no shutdown; <see cref="StopAsync"/> is
/// SIGTERM, the way systemd stops it.
/// </summary>
public sealed class ClusterProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _project;
    private readonly string _assembly;
    private readonly string[] _arguments;
    private Process? _process;

    /// <param name="project">The project's folder, e.g. <c>Silo</c>.</param>
    /// <param name="assembly">The entry assembly's file name, e.g. <c>CommunityPlanning.Silo.dll</c>.</param>
    public ClusterProcess(string name, string project, string assembly, params string[] arguments) =>
        (Name, _project, _assembly, _arguments) = (name, project, assembly, arguments);

    public string Name { get; }

    public bool Running => _process is { HasExited: false };

    /// <summary>Starts the process and waits until its host says it has started (a web server then listens).</summary>
    public async Task StartAsync()
    {
        // tests/Web.Tests/bin/<configuration>/<framework>/ → <project>/bin/<configuration>/<framework>/
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var projectFolder = Path.Combine(root, _project);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(projectFolder, "bin", configuration, framework, _assembly));
        foreach (var argument in _arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The host's start line, and warnings and errors, in plain lines (the silo's JSON is for production logs).
        info.ArgumentList.Add("--Logging:Console:FormatterName=simple");
        info.ArgumentList.Add("--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information");
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
            else if (e.Data is { } line && (line.StartsWith("fail", StringComparison.Ordinal) || line.StartsWith("crit", StringComparison.Ordinal)))
            {
                Console.WriteLine($"[{Name}] {line}");
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Console.WriteLine($"[{Name} stderr] {line}");
            }
        };
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await started.Task.WaitAsync(StartTimeout);
    }

    /// <summary>SIGKILL: the process ends at once, without closing anything.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>SIGTERM, and waits until the host has shut down (a silo hands its grains over and leaves the cluster).</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using (var signal = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        try
        {
            await process.WaitForExitAsync().WaitAsync(StartTimeout);
        }
        catch (TimeoutException)
        {
            Kill();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
