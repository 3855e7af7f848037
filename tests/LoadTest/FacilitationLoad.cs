using System.Diagnostics;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.LoadTest;

/// <summary>
/// One live meeting with a facilitator, participants and observers on loopback: the facilitator and participants
/// real .NET SignalR clients, the observers light ones (<see cref="LightObserver"/>; with <c>--dotnet-observers</c>
/// real clients too, as before). The facilitator runs a stream of actions (current item, countdown started,
/// extended, paused, resumed), first for the warm-up (not measured), then measured: for each one the time from
/// sending it until the last client has received its event.
/// </summary>
public static class FacilitationLoad
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        Console.WriteLine($"Facilitation load: 1 facilitator, {options.Participants} participants, {options.Observers} " +
            $"{(options.DotnetObservers ? ".NET" : "light")} observers; {options.Actions} facilitator actions every {options.IntervalMs} ms " +
            $"after {options.WarmupSeconds} s of warm-up; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        await using var server = await LoadServer.StartAsync(options.InProcess);
        using var organizer = new ApiClient(server.BaseUri);
        await organizer.SignInAsync(LoadServer.AdminEmail, LoadServer.AdminPassword);
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí skupina", targetGroup = "Steering" });
        var meeting = await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{group.Id}/meetings",
            new { title = "Krajský workshop k vizi", startsAt = "2026-12-08T13:00:00", place = "Liberec" });

        var setup = Stopwatch.StartNew();
        var capacity = options.Actions + 16;
        var facilitator = await AudienceClient.ConnectAsync(server.BaseUri, meeting.Id, null, organizer.Cookies, capacity);
        var participants = await Audience.ConnectAsync(organizer, server.BaseUri, meeting.Id, MeetingRole.Participant, options.Participants, "Účastník", capacity);
        var observers = options.DotnetObservers
            ? (await Audience.ConnectAsync(organizer, server.BaseUri, meeting.Id, MeetingRole.Observer, options.Observers, "Občan", capacity)).Select(o => (o.Arrivals, (IAsyncDisposable)o))
            : (await Audience.AdmitAsync(organizer, server.BaseUri, meeting.Id, MeetingRole.Observer, options.Observers, "Občan",
                ticket => LightObserver.ConnectAsync(server.BaseUri, meeting.Id, new MeetingArrivals(), ticket, capacity))).Select(o => (o.Arrivals, (IAsyncDisposable)o));
        var clients = participants.Select(p => (p.Arrivals, (IAsyncDisposable)p)).Concat(observers).ToList();
        var audience = clients.Select(c => c.Arrivals).ToList();
        Console.WriteLine($"  {audience.Count + 1:N0} clients connected and joined in {setup.Elapsed.TotalSeconds:F1} s");

        var hub = facilitator.Connection;
        foreach (var title in new[] { "Zahájení", "Informace z pracovních skupin", "Různé" })
        {
            await hub.ExecuteAsync(meeting.Id, new AddAgendaItem(new(title, null, 15, AgendaItemKind.Discussion), null));
        }

        await hub.InvokeAsync<MeetingDetails>(nameof(MeetingHub.ChangePhase), meeting.Id, MeetingPhase.Live);
        var items = (await hub.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id)).Agenda.Items;
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(1, options.IntervalMs)));

        // The same actions first, not measured: a fresh server spends its first seconds compiling the hot paths
        // again (tiered compilation), which a meeting that has run for a while does not.
        var i = 0;
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(options.WarmupSeconds); i++)
        {
            await Act(hub, meeting.Id, i, items);
            await pace.WaitForNextTickAsync();
        }

        var first = (await hub.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id)).Seq + 1;
        foreach (var arrivals in audience)
        {
            arrivals.Arm(first);
        }

        // The facilitator's actions, each answered with the seq of its one event.
        var sent = new List<(long Seq, long At)>(options.Actions);
        var run = Stopwatch.StartNew();
        for (var end = i + options.Actions; i < end; i++)
        {
            var at = Stopwatch.GetTimestamp();
            var seq = await Act(hub, meeting.Id, i, items);
            sent.Add((seq, at));
            await pace.WaitForNextTickAsync();
        }

        // Wait (bounded) until every client has every event.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30) && !audience.All(c => sent.All(s => c.Of(s.Seq) != 0)))
        {
            await Task.Delay(50); // polling a finished run's counters, not synchronising the system under test
        }

        var lastArrival = audience.SelectMany(c => sent.Select(s => c.Of(s.Seq))).DefaultIfEmpty(0).Max();
        var toLast = new List<double>();
        var toEach = new List<double>();
        var missing = 0L;
        foreach (var (seq, at) in sent)
        {
            var arrivals = audience.Select(c => c.Of(seq)).ToList();
            missing += arrivals.Count(a => a == 0);
            var received = arrivals.Where(a => a != 0).Select(a => Stopwatch.GetElapsedTime(at, a).TotalMilliseconds).ToList();
            toEach.AddRange(received);
            if (received.Count == arrivals.Count)
            {
                toLast.Add(received.Max());
            }
        }

        var seconds = Stopwatch.GetElapsedTime(sent[0].At, lastArrival).TotalSeconds;
        var delivered = toEach.Count;
        Console.WriteLine();
        Console.WriteLine($"  action → last client   {Percentiles.Of(toLast)}");
        Console.WriteLine($"  action → each client   {Percentiles.Of(toEach)}");
        Console.WriteLine($"  deliveries             {delivered:N0} in {seconds:F1} s = {delivered / seconds:N0} messages/s");
        Console.WriteLine($"  missing                {missing:N0}");
        Console.WriteLine($"  duplicated             {audience.Sum(c => c.Duplicates):N0}");
        Console.WriteLine($"  run                    {run.Elapsed.TotalSeconds:F1} s; server peak working set {server.PeakMegabytes():F0} MB{(server.OwnProcess ? "" : " (with the load tool)")}");

        await Task.WhenAll(clients.Select(c => c.Item2).Append(facilitator).Select(c => c.DisposeAsync().AsTask()));
        return missing == 0 ? 0 : 1;
    }

    private static Task<long> Act(HubConnection hub, Guid meetingId, int i, IReadOnlyList<AgendaItem> items) => (i % 5) switch
    {
        0 => hub.ExecuteAsync(meetingId, new SetCurrentAgendaItem(items[i / 5 % items.Count].Id)),
        1 => hub.ExecuteAsync(meetingId, new StartTimer(300, "Diskuse")),
        2 => hub.ExecuteAsync(meetingId, new ExtendTimer(60)),
        3 => hub.ExecuteAsync(meetingId, new PauseTimer()),
        _ => hub.ExecuteAsync(meetingId, new ResumeTimer()),
    };
}
