using Microsoft.Extensions.Configuration;

namespace CommunityPlanning.Hosting;

/// <summary>
/// The storage commands of Web and Silo: <c>backup FILE</c> and <c>restore FILE</c>, followed by the usual settings
/// (<c>--Storage:…</c>), which are read as the application reads them.
/// </summary>
public static class DatabaseCommands
{
    /// <summary>Runs the command <paramref name="args"/> name and returns true, or returns false for a normal start.</summary>
    /// <param name="configuration">The application's configuration from the arguments after the command's own.</param>
    public static async Task<bool> TryRunAsync(string[] args, Func<string[], IConfiguration> configuration)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            return false;
        }

        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            Console.Error.WriteLine($"Usage: {args[0]} FILE [--Storage:Provider=… --Storage:DataDirectory=… --Storage:ConnectionString=…]");
            Environment.ExitCode = 2;
            return true;
        }

        var settings = configuration(args[2..]).GetStorageSettings();
        try
        {
            if (args[0] == "backup")
            {
                await DatabaseBackup.BackupAsync(settings, args[1]);
                Console.WriteLine($"Backed up the {settings.Provider} database to {Path.GetFullPath(args[1])}.");
            }
            else
            {
                await DatabaseBackup.RestoreAsync(settings, args[1]);
                Console.WriteLine($"Restored the {settings.Provider} database from {Path.GetFullPath(args[1])}; the next start brings its schema up to date.");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            Console.Error.WriteLine(e.Message);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
