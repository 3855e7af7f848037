using System.Diagnostics;
using System.Runtime;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;
using CommunityPlanning.Hosting;

namespace CommunityPlanning.Benchmarks.Documents;

/// <summary>
/// The vision document grain in a real silo with AdoNet grain storage on a temporary SQLite file:
/// (a) sustained typing of C simulated OT clients into one section, (b) cold activation of a document with a
/// long history. See docs/performance.md, "Document grain".
/// </summary>
internal static class DocumentBenchmark
{
    /// <summary>Typing stops this far below the section limit; a run that needs more starts a new document.</summary>
    private const int LengthReserve = 10_000;

    private const int InitialLength = 2_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = ArgValues(args, "--clients", [1, 5, 20, 50]);
        var seconds = ArgValue(args, "--seconds", 10.0);
        var keyIntervalMs = ArgValue(args, "--key-interval-ms", 1.0);
        var historyEdits = (int)ArgValue(args, "--history", 300_000);
        var skipTyping = args.Contains("--no-typing");
        var skipHistory = args.Contains("--no-history");

        var directory = Path.Combine(Path.GetTempPath(), $"cp-bench-{Guid.NewGuid():N}");
        var storage = new StorageSettings { DataDirectory = directory };
        Console.WriteLine($"Document grain benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, SQLite file {storage.ResolveConnectionString()}");
#if DEBUG
        Console.WriteLine("WARNING: Debug build; use -c Release");
#endif
        var failures = 0;
        try
        {
            if (!skipTyping)
            {
                failures += await TypingAsync(storage, clients, seconds, keyIntervalMs);
            }

            if (!skipHistory)
            {
                failures += await LongHistoryAsync(storage, historyEdits);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        Console.WriteLine(failures == 0 ? "All checks passed." : $"{failures} check(s) FAILED.");
        return failures == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------- (a) typing

    private sealed record TypingResult(
        int Clients, double OfferedPerSecond, long Keys, long Submissions, double Seconds, double P50, double P99, double Max,
        int Rounds, int FinalLength, bool Ok);

    private static async Task<int> TypingAsync(StorageSettings storage, int[] clientCounts, double seconds, double keyIntervalMs)
    {
        Console.WriteLine();
        Console.WriteLine($"(a) Sustained typing into one section: each client types one key every {keyIntervalMs} ms of its own clock, " +
            $"at most one operation in flight, {seconds} s per client count; a document is refilled from the start when the " +
            $"section nears {TextLimits.MaxDocumentLength:N0} characters");
        await using var silo = await BenchmarkSilo.StartAsync(storage);

        // Warm-up: JIT, connection pool, grain directory.
        await TypeAsync(silo.Grains, 5, 1.0, keyIntervalMs, 20_000);

        var results = new List<TypingResult>();
        foreach (var c in clientCounts)
        {
            var result = await TypeAsync(silo.Grains, c, seconds, keyIntervalMs, int.MaxValue);
            results.Add(result);
            Console.WriteLine($"  C={c}: {result.Keys / result.Seconds:N0} keys/s, {result.Rounds} document(s), {(result.Ok ? "ok" : "FAILED")}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"clients",7} {"offered keys/s",14} {"acked keys/s",13} {"ops/s",9} {"keys/op",8} {"ack p50 ms",10} {"ack p99 ms",10} {"ack max ms",10} {"keys",10} {"docs",5} {"final length",12} {"check",6}");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Clients,7} {r.OfferedPerSecond,14:N0} {r.Keys / r.Seconds,13:N0} {r.Submissions / r.Seconds,9:N0} {(double)r.Keys / r.Submissions,8:F1} " +
                $"{r.P50,10:F1} {r.P99,10:F1} {r.Max,10:F1} {r.Keys,10:N0} {r.Rounds,5} {r.FinalLength,12:N0} {(r.Ok ? "ok" : "FAILED"),6}");
        }

        return results.Count(r => !r.Ok);
    }

    /// <summary>C clients type for <paramref name="seconds"/> of measured time, on as many fresh documents as the length limit needs.</summary>
    private static async Task<TypingResult> TypeAsync(IGrainFactory grains, int clientCount, double seconds, double keyIntervalMs, long maxKeys)
    {
        var keys = 0L;
        var submissions = 0L;
        var elapsed = 0.0;
        var latencies = new List<double>();
        var rounds = 0;
        var ok = true;
        var finalLength = 0;
        while (elapsed < seconds && keys < maxKeys)
        {
            var round = await TypeOneDocumentAsync(grains, clientCount, seconds - elapsed, keyIntervalMs);
            rounds++;
            keys += round.Keys;
            submissions += round.Submissions;
            elapsed += round.Seconds;
            latencies.AddRange(round.Latencies);
            ok &= round.Ok;
            finalLength = round.FinalLength;
        }

        latencies.Sort();
        return new TypingResult(clientCount, clientCount * 1000 / keyIntervalMs, keys, submissions, elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.Count > 0 ? latencies[^1] : 0, rounds, finalLength, ok);
    }

    private sealed record RoundResult(long Keys, long Submissions, double Seconds, List<double> Latencies, int FinalLength, bool Ok);

    private static async Task<RoundResult> TypeOneDocumentAsync(IGrainFactory grains, int clientCount, double seconds, double keyIntervalMs)
    {
        // Digits and punctuation only: the clients type letters, counted per client at the end.
        var initial = string.Concat(Enumerable.Repeat("0123456789 .,;:-", InitialLength / 16 + 1))[..InitialLength];
        var grain = grains.GetGrain<IVisionDocumentGrain>(Guid.NewGuid());
        var details = await grain.Create(Guid.NewGuid(), new VisionDocumentDraft("Benchmark", [new VisionSectionDraft("Section", initial)]));
        var sectionId = details.Sections[0].Id;

        Exception? failure = null;
        void Fail(Exception e) => Interlocked.CompareExchange(ref failure, e, null);
        var clients = Enumerable.Range(0, clientCount)
            .Select(i => new SimulatedClient(grain, sectionId, i, initial.Length, (int)((long)initial.Length * i / clientCount), Fail))
            .ToArray();
        var relay = new DocumentRelay(sectionId);
        relay.Attach(clients, 0);
        var reference = grains.CreateObjectReference<IDocumentObserver>(relay);
        await grain.Subscribe("benchmark", reference);

        // Budget: the section must stay within the document limit (inserts only).
        var budget = TextLimits.MaxDocumentLength - LengthReserve - initial.Length;
        var start = Stopwatch.GetTimestamp();
        var typed = 0L;
        var perClientTyped = new long[clientCount];
        using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(1)))
        {
            // The keyboard: every tick each client types the keys its own clock says are due (a client's clock
            // starts at a phase of its own). Acks never wait for a tick: a buffered operation goes out at once.
            while (await timer.WaitForNextTickAsync())
            {
                var now = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (now >= seconds * 1000 || typed >= budget || failure is not null)
                {
                    break;
                }

                for (var i = 0; i < clients.Length && typed < budget; i++)
                {
                    var phase = keyIntervalMs * i / clients.Length;
                    var due = (long)Math.Floor((now - phase) / keyIntervalMs) + 1 - perClientTyped[i];
                    due = Math.Min(due, budget - typed);
                    if (due > 0)
                    {
                        clients[i].Type((int)due);
                        perClientTyped[i] += due;
                        typed += due;
                    }
                }
            }
        }

        // Drain: every typed key acknowledged, every edit relayed.
        var drainLimit = Stopwatch.StartNew();
        while ((!clients.All(c => c.Idle) || relay.Delivered < clients.Sum(c => c.Sent)) && failure is null && relay.Failure is null)
        {
            if (drainLimit.Elapsed > TimeSpan.FromSeconds(60))
            {
                Fail(new TimeoutException("acks did not arrive within 60 s"));
                break;
            }

            await Task.Delay(1);
        }

        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await grain.Unsubscribe("benchmark");
        grains.DeleteObjectReference<IDocumentObserver>(reference);

        // Checks: nothing lost, nothing doubled, every client converged on the server's text.
        var section = (await grain.Open()).Sections[0];
        var keys = clients.Sum(c => c.Typed);
        var submissions = clients.Sum(c => c.Sent);
        var errors = new List<string>();
        if ((failure ?? relay.Failure) is { } f)
        {
            errors.Add($"failure: {f.GetType().Name}: {f.Message}");
        }

        if (section.Text.Length != initial.Length + keys)
        {
            errors.Add($"text length {section.Text.Length}, expected {initial.Length} + {keys}");
        }

        if (section.Revision != submissions || clients.Sum(c => c.Acks) != submissions || clients.Sum(c => c.AckedKeys) != keys)
        {
            errors.Add($"revision {section.Revision}, submissions {submissions}, acks {clients.Sum(c => c.Acks)}, acked keys {clients.Sum(c => c.AckedKeys)} of {keys}");
        }

        var counts = new Dictionary<char, long>();
        foreach (var ch in section.Text)
        {
            counts[ch] = counts.GetValueOrDefault(ch) + 1;
        }

        foreach (var client in clients)
        {
            if (counts.GetValueOrDefault(client.Key) != client.Typed || client.Length != section.Text.Length || client.Revision != section.Revision)
            {
                errors.Add($"client {client.Key}: typed {client.Typed}, found {counts.GetValueOrDefault(client.Key)}; length {client.Length}, revision {client.Revision}");
                break;
            }
        }

        foreach (var error in errors)
        {
            Console.WriteLine($"  CHECK FAILED (C={clientCount}): {error}");
        }

        return new RoundResult(keys, submissions, elapsed, [.. clients.SelectMany(c => c.Latencies)], section.Text.Length, errors.Count == 0);
    }

    // ---------------------------------------------------------------- (b) long history

    private static async Task<int> LongHistoryAsync(StorageSettings storage, int edits)
    {
        Console.WriteLine();
        Console.WriteLine($"(b) Cold activation of a document whose section has {edits:N0} single-character edits (revisions)");
        var documentId = Guid.NewGuid();
        Guid sectionId;
        string expectedText;
        long expectedRevision;
        await using (var silo = await BenchmarkSilo.StartAsync(storage))
        {
            var grain = silo.Grains.GetGrain<IVisionDocumentGrain>(documentId);
            var details = await grain.Create(Guid.NewGuid(), new VisionDocumentDraft("History", [new VisionSectionDraft("Section", "")]));
            sectionId = details.Sections[0].Id;
            var setup = Stopwatch.StartNew();
            var expectedLength = await PushHistoryAsync(grain, sectionId, edits);
            var section = (await grain.Open()).Sections[0];
            expectedText = section.Text;
            expectedRevision = section.Revision;
            Console.WriteLine($"  setup: {edits:N0} edits through Submit in {setup.Elapsed.TotalSeconds:F1} s " +
                $"({edits / setup.Elapsed.TotalSeconds:N0} edits/s); text {expectedText.Length:N0} chars (expected {expectedLength:N0}), revision {expectedRevision:N0}");
            if (expectedText.Length != expectedLength || expectedRevision != edits)
            {
                Console.WriteLine("  CHECK FAILED: setup did not produce the expected text length and revision");
                return 1;
            }
        }

        // Each measurement restarts the silo on the same database, so the first call activates the grain
        // from storage; JIT is warm after the first restart (the first row is the coldest).
        var failures = 0;
        Console.WriteLine();
        Console.WriteLine($"{"restart",7} {"first Open() ms",15} {"second Open() ms",16} {"retained MB",11} {"allocated MB",12} {"check",6}");
        for (var run = 1; run <= 3; run++)
        {
            await using var silo = await BenchmarkSilo.StartAsync(storage);
            var grain = silo.Grains.GetGrain<IVisionDocumentGrain>(documentId);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var sw = Stopwatch.StartNew();
            var snapshot = await grain.Open();
            var coldMs = sw.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            sw.Restart();
            await grain.Open();
            var warmMs = sw.Elapsed.TotalMilliseconds;
            var section = snapshot.Sections[0];
            var ok = section.Text == expectedText && section.Revision == expectedRevision
                && (await grain.GetEdits(sectionId, expectedRevision - SectionEditor.WindowSize)).Count == SectionEditor.WindowSize;
            snapshot = null;
            section = null;
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine($"{run,7} {coldMs,15:F1} {warmMs,16:F2} {(after - before) / (1024.0 * 1024),11:F2} {allocated / (1024.0 * 1024),12:F1} {(ok ? "ok" : "FAILED"),6}");
            failures += ok ? 0 : 1;
        }

        Console.WriteLine("  retained = GC heap after minus before the activation (forced full collections, Open() result dropped);");
        Console.WriteLine("  allocated = bytes allocated in the process while the first Open() ran (activation, storage reads, replay).");
        return failures;
    }

    /// <summary>
    /// Pushes <paramref name="edits"/> one-character edits, each its own revision: windows of concurrent Submits
    /// based on the same revision at distinct positions (the grain transforms them past each other and commits
    /// them in groups). Two inserts to one delete once the text is long enough, so the section stays within its
    /// limit. Returns the expected final length.
    /// </summary>
    private static async Task<int> PushHistoryAsync(IVisionDocumentGrain grain, Guid sectionId, int edits)
    {
        const int window = 128;
        var author = Guid.NewGuid();
        var revision = 0L;
        var length = 0;
        var random = new Random(42);
        var tasks = new List<Task<EditAck>>(window);
        while (revision < edits)
        {
            var n = (int)Math.Min(window, edits - revision);
            var stride = Math.Max(1, length / n);
            var offset = length > 0 ? random.Next(Math.Max(1, length - stride * (n - 1))) : 0;
            var delta = 0;
            tasks.Clear();
            for (var j = 0; j < n; j++)
            {
                var position = Math.Min(length, offset + j * stride);
                var delete = length >= 4 * window && j % 3 == 2;
                var op = delete
                    ? TextOperation.Splice(length, Math.Min(position, length - 1), 1, "")
                    : TextOperation.Splice(length, position, 0, ((char)('a' + (revision + j) % 26)).ToString());
                delta += delete ? -1 : 1;
                tasks.Add(grain.Submit(new EditSubmission(sectionId, revision, op, $"h:{revision + j}", author)));
            }

            await Task.WhenAll(tasks);
            revision += n;
            length += delta;
        }

        return length;
    }

    // ---------------------------------------------------------------- helpers

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static double ArgValue(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && double.TryParse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static int[] ArgValues(string[] args, string name, int[] fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? [.. args[i + 1].Split(',').Select(int.Parse)] : fallback;
    }
}
