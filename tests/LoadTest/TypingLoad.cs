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
    /// <summary>What an observer reads of a <c>textChanges</c> item: its revision range (the operation is parsed past).</summary>
    private sealed record RangeOnly(long FromRevision, long ToRevision);

    private sealed record RangesOnly(IReadOnlyList<RangeOnly> Changes);

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var (writersCount, observersCount, seconds) = (options.Participants, options.Observers, options.Seconds);
        Console.WriteLine($"Typing load: {writersCount} writers (a key every {options.IntervalMs} ms each), {observersCount} observers, {seconds} s; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var server = await LoadServer.StartAsync();
        using var organizer = new ApiClient(server.BaseUri);
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
        foreach (var client in await Audience.ConnectAsync(organizer, server.BaseUri, meeting.Id, MeetingRole.Participant, writersCount, "Pisatel", capacity, false))
        {
            var writer = new DocumentWriter(client, meeting.Id, sectionId, $"w{writers.Count}");
            await writer.OpenAsync();
            writers.Add(writer);
        }

        var observers = await Audience.ConnectAsync(organizer, server.BaseUri, meeting.Id, MeetingRole.Observer, observersCount, "Občan", capacity, false);
        await Task.WhenAll(observers.Select(async o =>
        {
            o.Connection.On<RangesOnly>(ClientEvents.TextChanges, m =>
            {
                foreach (var change in m.Changes)
                {
                    for (var revision = change.FromRevision; revision <= change.ToRevision; revision++)
                    {
                        o.Record(revision);
                    }
                }
            });
            await o.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        }));
        Console.WriteLine($"  {writers.Count + observers.Count:N0} clients connected, joined and opened the document in {setup.Elapsed.TotalSeconds:F1} s");

        var first = writers.Count > 0 ? writers[0].Revision + 1 : 1;
        foreach (var client in writers.Select(w => w.Client).Concat(observers))
        {
            client.Arm(first);
        }

        // Type: every writer on its own 200 ms clock, started at a random phase.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await Task.WhenAll(writers.Select(async (writer, i) =>
        {
            var random = new Random(1_000 + i);
            await Task.Delay(random.Next(options.IntervalMs), CancellationToken.None);
            using var keyboard = new PeriodicTimer(TimeSpan.FromMilliseconds(options.IntervalMs));
            do
            {
                writer.Type(random);
            }
            while (!stop.IsCancellationRequested && await keyboard.WaitForNextTickAsync(CancellationToken.None));
        }));
        var typing = run.Elapsed;

        // Drain (bounded): every writer settled and every client has the last revision.
        var last = () => writers.Max(w => w.Revision);
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < TimeSpan.FromSeconds(30) &&
               !(writers.All(w => w.Settled) && writers.Select(w => w.Client).Concat(observers).All(c => c.ArrivalOf(last()) != 0 || writers.Any(w => w.Client == c && w.Revision >= last()))))
        {
            await Task.Delay(50); // polling a finished run's counters, not synchronising the system under test
        }

        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / run.Elapsed.TotalSeconds / Environment.ProcessorCount;

        // Latencies, per keystroke and receiver (the author excluded).
        var toLast = new List<double>();
        var toEach = new List<double>();
        long missing = 0, keystrokes = 0, unacknowledged = 0;
        foreach (var writer in writers)
        {
            var receivers = writers.Where(w => w != writer).Select(w => w.Client).Concat(observers).ToList();
            foreach (var (at, revision) in writer.Keystrokes)
            {
                keystrokes++;
                if (revision == 0)
                {
                    unacknowledged++;
                    continue;
                }

                var arrivals = receivers.Select(r => r.ArrivalOf(revision)).ToList();
                missing += arrivals.Count(a => a == 0);
                var ms = arrivals.Where(a => a != 0).Select(a => Stopwatch.GetElapsedTime(at, a).TotalMilliseconds).ToList();
                toEach.AddRange(ms);
                if (ms.Count == arrivals.Count && ms.Count > 0)
                {
                    toLast.Add(ms.Max());
                }
            }
        }

        var final = await writers[0].Client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        var serverText = final.Sections.Single(s => s.SectionId == sectionId).Text;
        var converged = writers.All(w => w.Text == serverText);
        var duplicated = writers.Select(w => w.Client).Concat(observers).Sum(c => c.Duplicates);
        var failures = writers.Select(w => w.Failure).OfType<Exception>().ToList();

        Console.WriteLine();
        Console.WriteLine($"  keystrokes             {keystrokes:N0} ({keystrokes / typing.TotalSeconds:N0}/s), revisions {last() - first + 1:N0}, unacknowledged {unacknowledged:N0}");
        Console.WriteLine($"  edit → last receiver   {Percentiles.Of(toLast)}");
        Console.WriteLine($"  edit → each receiver   {Percentiles.Of(toEach)}");
        Console.WriteLine($"  deliveries             {toEach.Count:N0} keystroke arrivals, {toEach.Count / run.Elapsed.TotalSeconds:N0}/s");
        Console.WriteLine($"  missing / duplicated   {missing:N0} / {duplicated:N0}");
        Console.WriteLine($"  texts converge         {(converged ? "yes" : "NO")} ({serverText.Length:N0} characters){(failures.Count > 0 ? $"; first failure: {failures[0].Message}" : "")}");
        Console.WriteLine($"  process CPU            {cpu:P0} of {Environment.ProcessorCount} cores (server and load tool together); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024:F0} MB");

        await Task.WhenAll(writers.Select(w => w.Client).Concat(observers).Select(c => c.DisposeAsync().AsTask()));
        return missing == 0 && converged && failures.Count == 0 && unacknowledged == 0 ? 0 : 1;
    }
}
