using System.Diagnostics;
using System.Runtime;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Text.Tests.Support;

namespace CommunityPlanning.Benchmarks;

/// <summary>
/// Replays the sequential editing traces through the text engine the way the document grain does:
/// each patch becomes a <see cref="TextOperation"/> over the current length and is applied to a
/// <see cref="TextBuffer"/>. Reports the best of several runs after warm-up.
/// </summary>
internal static class TextBenchmark
{
    private static readonly string[] Traces = ["automerge-paper", "seph-blog1"];

    public static int Run(string[] args)
    {
        var runs = ArgValue(args, "--runs", 10);
        var warmups = ArgValue(args, "--warmups", 5);
        var naive = args.Contains("--naive");
        Console.WriteLine($"Text engine benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, best of {runs} runs after {warmups} warm-up runs");
#if DEBUG
        Console.WriteLine("WARNING: Debug build; use -c Release");
#endif
        Console.WriteLine();
        Console.WriteLine($"{"trace",-16} {"case",-22} {"ops",9} {"first ms",9} {"best ms",9} {"median ms",10} {"ops/s",13} {"alloc MB/run",13}");

        var failures = 0;
        foreach (var name in Traces)
        {
            var trace = EditingTrace.Load(name);
            var n = trace.Patches.Length;

            // 1. Replay: splice -> TextOperation -> TextBuffer.Apply (the measured path of the 100 ms budget).
            var result = "";
            var capacity = 0;
            Measure(name, "replay (op + buffer)", n, runs, warmups, () => (result, capacity) = Replay(trace));
            if (result != trace.EndContent)
            {
                Console.WriteLine($"  FAILED: {name} replay does not reach endContent");
                failures++;
            }

            var lengths = Operations(trace).Select(o => o.BaseLength).ToArray();
            Measure(name, "splice only", n, runs, warmups, () =>
            {
                for (var i = 0; i < lengths.Length; i++)
                {
                    var p = trace.Patches[i];
                    TextOperation.Splice(lengths[i], p.Position, p.DeleteCount, p.Insert);
                }
            });

            // 2. Server-side transform and client-side compose throughput over the same operations.
            var ops = Operations(trace);
            var concurrent = ops.Select((op, i) => TextOperation.Splice(op.BaseLength, (int)((long)op.BaseLength * (i % 97) / 97), 0, "x")).ToArray();
            Measure(name, "transform (op vs op)", n, runs, warmups, () =>
            {
                for (var i = 0; i < ops.Length; i++)
                {
                    TextOperation.Transform(concurrent[i], ops[i]);
                }
            });
            Measure(name, "compose (consecutive)", n - 1, runs, warmups, () =>
            {
                for (var i = 1; i < ops.Length; i++)
                {
                    TextOperation.Compose(ops[i - 1], ops[i]);
                }
            });

            using (var process = Process.GetCurrentProcess())
            {
                Console.WriteLine($"{"",-16} final text {result.Length:N0} chars; TextBuffer capacity {capacity:N0} chars " +
                    $"({capacity * 2 / 1024.0:F0} KB); process peak working set so far: {process.PeakWorkingSet64 / (1024.0 * 1024):F1} MB");
            }

            if (naive)
            {
                // For comparison only: a new string per operation (quadratic in the text length).
                Measure(name, "naive string Apply", n, 1, 1, () =>
                {
                    var text = trace.StartContent;
                    foreach (var op in ops)
                    {
                        text = op.Apply(text);
                    }

                    result = text;
                    capacity = 0;
                });
            }
        }

        using var end = Process.GetCurrentProcess();
        Console.WriteLine();
        Console.WriteLine($"process peak working set: {end.PeakWorkingSet64 / (1024.0 * 1024):F1} MB " +
            $"(includes the parsed traces); GC heap now: {GC.GetTotalMemory(true) / (1024.0 * 1024):F1} MB; " +
            $"total allocated: {GC.GetTotalAllocatedBytes(true) / (1024.0 * 1024):F0} MB");
        return failures == 0 ? 0 : 1;
    }

    private static (string Text, int Capacity) Replay(EditingTrace trace)
    {
        var buffer = new TextBuffer(trace.StartContent);
        foreach (var patch in trace.Patches)
        {
            buffer.Apply(TextOperation.Splice(buffer.Length, patch.Position, patch.DeleteCount, patch.Insert));
        }

        return (buffer.ToString(), buffer.Capacity);
    }

    private static TextOperation[] Operations(EditingTrace trace)
    {
        var ops = new TextOperation[trace.Patches.Length];
        var length = trace.StartContent.Length;
        for (var i = 0; i < ops.Length; i++)
        {
            var p = trace.Patches[i];
            ops[i] = TextOperation.Splice(length, p.Position, p.DeleteCount, p.Insert);
            length = ops[i].TargetLength;
        }

        return ops;
    }

    private static void Measure(string trace, string label, int operations, int runs, int warmups, Action action)
    {
        // The first (cold) run includes JIT compilation; it is reported separately.
        var cold = Stopwatch.StartNew();
        action();
        cold.Stop();
        for (var i = 1; i < warmups; i++)
        {
            action();
        }

        var times = new List<double>();
        long allocated = 0;
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var best = times[0];
        var median = times[times.Count / 2];
        Console.WriteLine($"{trace,-16} {label,-22} {operations,9:N0} {cold.Elapsed.TotalMilliseconds,9:F1} {best,9:F1} {median,10:F1} {operations / (best / 1000),13:N0} {allocated / (1024.0 * 1024),13:F1}");
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
