using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.LoadTest.Floor;

/// <summary>
/// The typing scenario's shape against <see cref="FloorHub"/>: W writers each send a key every 200 ms (random
/// phase), every client records when each key arrived. What this measures is the least any application on the same
/// stack and machine can take: the .NET SignalR client, loopback, Kestrel and SignalR's fan-out, both processes
/// sharing the two cores. Nothing in it is CommunityPlanning's.
/// </summary>
public static class FloorLoad
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var (writersCount, seconds) = (options.Participants, options.Seconds);
        Console.WriteLine($"Floor: a bare relaying SignalR hub, {writersCount} writers (a key every {options.IntervalMs} ms each), {seconds} s; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var server = await LoadServer.StartAsync(options.InProcess, floor: true);
        var keysPerWriter = (int)((options.WarmupSeconds + seconds) * 1000.0 / Math.Max(1, options.IntervalMs) * 1.2) + 10;
        var clients = new List<(HubConnection Connection, Arrivals[] From)>();
        for (var i = 0; i < writersCount; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(server.BaseUri, FloorHub.Path), o => { o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
                .Build();
            var from = Enumerable.Range(0, writersCount).Select(_ => new Arrivals(keysPerWriter)).ToArray();
            foreach (var arrivals in from)
            {
                arrivals.Arm(0);
            }

            connection.On<int, long>(FloorHub.KeyEvent, (writer, seq) => from[writer].Record(seq));
            await connection.StartAsync();
            clients.Add((connection, from));
        }

        var sent = Enumerable.Range(0, writersCount).Select(_ => new long[keysPerWriter]).ToArray();
        var next = new int[writersCount];
        async Task TypeAsync(TimeSpan duration, int seed)
        {
            using var stop = new CancellationTokenSource(duration);
            await Keyboard.TypeAsync(writersCount, options.IntervalMs, seed, (w, _) =>
            {
                var seq = next[w]++;
                sent[w][seq] = Stopwatch.GetTimestamp();
                return clients[w].Connection.SendAsync(nameof(FloorHub.Key), w, (long)seq);
            }, stop.Token);
        }

        if (options.WarmupSeconds > 0)
        {
            await TypeAsync(TimeSpan.FromSeconds(options.WarmupSeconds), 5_000);
            Console.WriteLine($"  warmed up: {options.WarmupSeconds} s of the same keys, not measured");
        }

        var first = next.ToArray();
        var (serverCpuBefore, toolCpuBefore) = (server.CpuTime(), Process.GetCurrentProcess().TotalProcessorTime);
        var run = Stopwatch.StartNew();
        await TypeAsync(TimeSpan.FromSeconds(seconds), 1_000);
        var typed = next.ToArray();

        bool Arrived() => Enumerable.Range(0, writersCount).All(w => clients.All(c => typed[w] == 0 || c.From[w].Of(typed[w] - 1) != 0));
        var drain = Stopwatch.StartNew();
        while (drain.Elapsed < TimeSpan.FromSeconds(10) && !Arrived())
        {
            await Task.Delay(50); // polling a finished run's counters, not synchronising the system under test
        }

        double Share(TimeSpan used) => used.TotalSeconds / run.Elapsed.TotalSeconds / Environment.ProcessorCount;
        var serverCpu = Share(server.CpuTime() - serverCpuBefore);
        var toolCpu = Share(Process.GetCurrentProcess().TotalProcessorTime - toolCpuBefore);

        List<double> toLast = [], toAuthor = [];
        long missing = 0;
        for (var w = 0; w < writersCount; w++)
        {
            for (var seq = first[w]; seq < typed[w]; seq++)
            {
                var at = sent[w][seq];
                var others = clients.Where((_, c) => c != w).Select(c => c.From[w].Of(seq)).ToList();
                missing += others.Count(a => a == 0);
                if (others.Count > 0 && others.All(a => a != 0))
                {
                    toLast.Add(Stopwatch.GetElapsedTime(at, others.Max()).TotalMilliseconds);
                }

                if (clients[w].From[w].Of(seq) is var back and not 0)
                {
                    toAuthor.Add(Stopwatch.GetElapsedTime(at, back).TotalMilliseconds);
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"  key → last receiver    {Percentiles.Of(toLast)}");
        Console.WriteLine($"    back at the author   {Percentiles.Of(toAuthor)}");
        Console.WriteLine($"  missing / duplicated   {missing:N0} / {clients.Sum(c => c.From.Sum(f => f.Duplicates)):N0}");
        Console.WriteLine($"  CPU of {Environment.ProcessorCount} cores      server {serverCpu:P0}, load tool {toolCpu:P0}");
        await Task.WhenAll(clients.Select(c => c.Connection.DisposeAsync().AsTask()));
        return missing == 0 ? 0 : 1;
    }
}
