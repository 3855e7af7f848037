using System.Diagnostics;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// A workshop writing its vision: W writers each insert one character at a random place of one section every
/// 200 ms through the real protocol (OT client, acknowledgements), O observers only receive. For every keystroke:
/// the time from the writer's local edit until each other client has the revision that carries it.
/// </summary>
public static class TypingLoad
{
    /// <summary>The target for the last receiver; the run shows when keystrokes took longer.</summary>
    private const int SlowMs = 100;

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var (writersCount, observersCount, seconds) = (options.Participants, options.Observers, options.Seconds);
        Console.WriteLine($"Typing load: {writersCount} writers (a key every {options.IntervalMs} ms each), {observersCount} observers, {seconds} s; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var target = await LoadTarget.StartAsync(options);
        using var organizer = new ApiClient(target.Servers[0]);
        await organizer.SignInAsync(LoadServer.AdminEmail, LoadServer.AdminPassword);
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí skupina", targetGroup = "Steering" });
        var document = await organizer.PostAsync<VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents", new
        {
            title = "Vize sociálních služeb",
            sections = new[] { new { heading = "Uživatelé služeb v sociální oblasti", text = "Lidé ve znevýhodněné životní situaci vědí, na koho se obrátit." } },
        });
        var meeting = await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{group.Id}/meetings",
            new { title = "Workshop k vizi", startsAt = "2026-12-08T13:00:00", place = "Liberec", visionDocumentId = document.Id });
        var sectionId = document.Sections[0].Id;

        var capacity = (int)(writersCount * (seconds * 1000.0 / Math.Max(1, options.IntervalMs)) * 1.2) + 100;
        var setup = Stopwatch.StartNew();
        var writers = new List<DocumentWriter>();
        foreach (var client in await Audience.ConnectAsync(organizer, target.Servers, meeting.Id, MeetingRole.Participant, writersCount, "Pisatel", capacity, false))
        {
            var writer = new DocumentWriter(client, meeting.Id, sectionId, $"w{writers.Count}");
            await writer.OpenAsync();
            writers.Add(writer);
        }

        var observers = await Audience.AdmitAsync(organizer, target.Servers, meeting.Id, MeetingRole.Observer, observersCount, "Občan",
            (server, ticket) => LightObserver.ConnectAsync(server, meeting.Id, new SectionArrivals(sectionId), ticket, capacity));
        var receivers = writers.Select(w => w.Client.Arrivals).Concat(observers.Select(o => o.Arrivals)).ToList();
        Console.WriteLine($"  {writers.Count + observers.Count:N0} clients connected ({target.Description}), joined and opened the document in {setup.Elapsed.TotalSeconds:F1} s");

        async Task TypeAsync(TimeSpan duration, int seed)
        {
            using var stop = new CancellationTokenSource(duration);
            await Keyboard.TypeAsync(writers.Count, options.IntervalMs, seed, Type, stop.Token);
        }

        Task Type(int writer, Random random)
        {
            writers[writer].Type(random);
            return Task.CompletedTask;
        }

        // Warm-up, not measured: a server that has run for a while has compiled its hot paths (tiered JIT).
        if (options.WarmupSeconds > 0)
        {
            await TypeAsync(TimeSpan.FromSeconds(options.WarmupSeconds), 5_000);
            var settle = Stopwatch.StartNew();
            while (settle.Elapsed < TimeSpan.FromSeconds(30) && !(writers.All(w => w.Settled) && writers.Select(w => w.Revision).Distinct().Count() == 1))
            {
                await Task.Delay(50); // polling counters between phases, not synchronising the system under test
            }

            if (writers.Count(w => !w.Settled) is var unsettled and > 0)
            {
                // Not measurable: the warm-up's edits are still in flight (an overloaded machine), so the run would mix them in.
                Console.WriteLine($"  the warm-up's edits did not settle within 30 s ({unsettled} of {writers.Count} writers waiting for an acknowledgement); " +
                    $"load average {LoadAverage()}; nothing measured");
                return 1;
            }

            foreach (var writer in writers)
            {
                writer.ForgetKeystrokes();
            }

            Console.WriteLine($"  warmed up: {options.WarmupSeconds} s of the same typing, not measured");
        }

        var first = writers.Count > 0 ? writers.Max(w => w.Revision) + 1 : 1;
        foreach (var arrivals in receivers)
        {
            arrivals.Arm(first);
        }

        var (serverCpuBefore, toolCpuBefore) = (target.CpuTimes(), Process.GetCurrentProcess().TotalProcessorTime);
        var run = Stopwatch.StartNew();
        var runStart = Stopwatch.GetTimestamp();
        await TypeAsync(TimeSpan.FromSeconds(seconds), 1_000);
        var typing = run.Elapsed;

        // Drain (bounded): every writer settled and every client has the last revision.
        var last = () => writers.Max(w => w.Revision);
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < TimeSpan.FromSeconds(30) &&
               !(writers.All(w => w.Settled) && receivers.All(r => r.Of(last()) != 0 || writers.Any(w => w.Client.Arrivals == r && w.Revision >= last()))))
        {
            await Task.Delay(50); // polling a finished run's counters, not synchronising the system under test
        }

        double Share(TimeSpan used) => used.TotalSeconds / run.Elapsed.TotalSeconds / Environment.ProcessorCount;
        var toolCpu = Share(Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore);

        // Latencies, per keystroke and receiver (the author excluded).
        var toLast = new List<double>();
        var slowPerSecond = new int[Math.Max(1, seconds)];
        var toEach = new List<double>();
        List<double> toAuthor = [], toLastWriter = [], toFirstObserver = [], toLastObserver = [];
        var writerArrivals = writers.Select(w => w.Client.Arrivals).ToHashSet();
        long missing = 0, keystrokes = 0, unacknowledged = 0;
        foreach (var writer in writers)
        {
            var others = receivers.Where(r => r != writer.Client.Arrivals).ToList();
            foreach (var (at, revision) in writer.Keystrokes)
            {
                keystrokes++;
                if (revision == 0)
                {
                    unacknowledged++;
                    continue;
                }

                var arrivals = others.Select(r => r.Of(revision)).ToList();
                missing += arrivals.Count(a => a == 0);
                var ms = arrivals.Where(a => a != 0).Select(a => Stopwatch.GetElapsedTime(at, a).TotalMilliseconds).ToList();
                toEach.AddRange(ms);
                if (ms.Count == arrivals.Count && ms.Count > 0)
                {
                    toLast.Add(ms.Max());
                    if (ms.Max() > SlowMs && (int)Stopwatch.GetElapsedTime(runStart, at).TotalSeconds is var second && second >= 0 && second < slowPerSecond.Length)
                    {
                        slowPerSecond[second]++;
                    }
                }

                // Where the time goes: back at the author (keystroke buffered, sent, sequenced, relayed), at the
                // other writers (the editors' lane), at the first and the last observer (the viewers' lane).
                Add(toAuthor, writer.Client.Arrivals.Of(revision));
                Add(toLastWriter, others.Where(r => writerArrivals.Contains(r)).Select(r => r.Of(revision)).DefaultIfEmpty().Max());
                var observed = observers.Select(o => o.Arrivals.Of(revision)).Where(a => a != 0).DefaultIfEmpty().ToList();
                Add(toFirstObserver, observed.Min());
                Add(toLastObserver, observed.Max());
                void Add(List<double> to, long arrival)
                {
                    if (arrival != 0)
                    {
                        to.Add(Stopwatch.GetElapsedTime(at, arrival).TotalMilliseconds);
                    }
                }
            }
        }

        var final = await writers[0].Client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        var serverText = final.Sections.Single(s => s.SectionId == sectionId).Text;
        var converged = writers.All(w => w.Text == serverText);
        var duplicated = receivers.Sum(r => r.Duplicates);
        var failures = writers.Select(w => w.Failure?.Message).Concat(observers.Select(o => o.Failure)).OfType<string>().ToList();

        Console.WriteLine();
        Console.WriteLine($"  keystrokes             {keystrokes:N0} ({keystrokes / typing.TotalSeconds:N0}/s), revisions {last() - first + 1:N0}, unacknowledged {unacknowledged:N0}");
        Console.WriteLine($"  edit → last receiver   {Percentiles.Of(toLast)}");
        Console.WriteLine($"  edit → each receiver   {Percentiles.Of(toEach)}");
        Console.WriteLine($"    over {SlowMs} ms, per s   {string.Join(' ', slowPerSecond)} (keystrokes whose last receiver took longer, by second of the run)");
        Console.WriteLine($"    back at the author   {Percentiles.Of(toAuthor)}");
        Console.WriteLine($"    at the last writer   {Percentiles.Of(toLastWriter)}");
        Console.WriteLine($"    at the 1st observer  {Percentiles.Of(toFirstObserver)}");
        Console.WriteLine($"    at the last observer {Percentiles.Of(toLastObserver)}");
        Console.WriteLine($"  deliveries             {toEach.Count:N0} keystroke arrivals, {toEach.Count / run.Elapsed.TotalSeconds:N0}/s");
        Console.WriteLine($"  missing / duplicated   {missing:N0} / {duplicated:N0}");
        Console.WriteLine($"  texts converge         {(converged ? "yes" : "NO")} ({serverText.Length:N0} characters){(failures.Count > 0 ? $"; {failures.Count} failures, the first: {failures[0]}" : "")}");
        Console.WriteLine($"  CPU of {Environment.ProcessorCount} cores      {target.Usage(serverCpuBefore, run.Elapsed)}" +
            (target.SharesToolProcess ? " (server and load tool in one process)" : $", load tool {toolCpu:P0}; load average {LoadAverage()}"));

        await Task.WhenAll(writers.Select(w => w.Client.DisposeAsync().AsTask()).Concat(observers.Select(o => o.DisposeAsync().AsTask())));
        return missing == 0 && converged && failures.Count == 0 && unacknowledged == 0 ? 0 : 1;
    }

    /// <summary>The machine's 1, 5 and 15 minute load averages (Linux), which say whether others shared the cores.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
