using System.IO.Compression;
using System.Text.Json;

namespace CommunityPlanning.Text.Tests.Support;

/// <summary>One splice of a sequential editing trace: at Position remove DeleteCount, then insert Insert.</summary>
public readonly record struct TracePatch(int Position, int DeleteCount, string Insert);

/// <summary>
/// A sequential editing trace (josephg/editing-traces format, see shared/traces/SOURCE.md): gzip JSON
/// <c>{ startContent, endContent, txns: [{ patches: [[pos, del, ins], ...] }] }</c>. Positions are Unicode
/// code points; they equal UTF-16 offsets as long as no insert contains a surrogate pair, which the loader
/// checks (a trace with supplementary characters is refused rather than replayed wrongly).
/// </summary>
public sealed class EditingTrace
{
    public const string TracesDirVariable = "CP_TRACES_DIR";

    private EditingTrace(string name, string startContent, string endContent, TracePatch[] patches)
    {
        Name = name;
        StartContent = startContent;
        EndContent = endContent;
        Patches = patches;
    }

    public string Name { get; }

    public string StartContent { get; }

    public string EndContent { get; }

    public TracePatch[] Patches { get; }

    public static EditingTrace Load(string name)
    {
        var path = Path.Combine(FindTracesDirectory(), name + ".json.gz");
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var json = JsonDocument.Parse(gzip);
        var root = json.RootElement;
        var patches = new List<TracePatch>();
        foreach (var txn in root.GetProperty("txns").EnumerateArray())
        {
            foreach (var patch in txn.GetProperty("patches").EnumerateArray())
            {
                var insert = patch[2].GetString() ?? string.Empty;
                if (insert.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
                {
                    throw new NotSupportedException($"{name}: code-point positions differ from UTF-16 offsets in this trace");
                }

                patches.Add(new TracePatch(patch[0].GetInt32(), patch[1].GetInt32(), insert));
            }
        }

        return new EditingTrace(
            name,
            root.TryGetProperty("startContent", out var start) ? start.GetString() ?? string.Empty : string.Empty,
            root.GetProperty("endContent").GetString() ?? string.Empty,
            [.. patches]);
    }

    /// <summary>
    /// <c>CP_TRACES_DIR</c> if set; otherwise the first <c>shared/traces</c> folder found walking up from the
    /// assembly directory (the repository is a sibling of <c>shared</c>, e.g. /work/main and /work/shared).
    /// </summary>
    public static string FindTracesDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable(TracesDirVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? fromEnv
                : throw new DirectoryNotFoundException($"{TracesDirVariable}={fromEnv} does not exist");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "traces");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"no shared/traces folder above {AppContext.BaseDirectory}; set {TracesDirVariable} to the folder with the *.json.gz traces");
    }
}
