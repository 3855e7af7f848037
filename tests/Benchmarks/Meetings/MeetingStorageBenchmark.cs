using System.Diagnostics;
using CommunityPlanning.Benchmarks.Documents;
using CommunityPlanning.Common;
using CommunityPlanning.Hosting;
using CommunityPlanning.Meetings;
using CommunityPlanning.Tests.Infrastructure;
using CommunityPlanning.Voting;
using CommunityPlanning.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace CommunityPlanning.Benchmarks.Meetings;

/// <summary>
/// What a meeting writes to storage: the facilitation load's meeting (a facilitator, 30 participants, 1,000 observers,
/// all admitted by invite and connected), then polls voted on by every participant, facilitator actions and presence
/// changes, each counted in storage writes and bytes (every grain's writes, through <see cref="CountingSerializer"/>).
/// </summary>
internal static class MeetingStorageBenchmark
{
    private const string Server = "bench-web";

    public static async Task<int> RunAsync(string[] args)
    {
        var participants = (int)ArgValue(args, "--participants", 30);
        var observers = (int)ArgValue(args, "--observers", 1000);
        var actions = (int)ArgValue(args, "--actions", 200);
        var polls = (int)ArgValue(args, "--polls", 5);
        var directory = Path.Combine(Path.GetTempPath(), $"cp-bench-{Guid.NewGuid():N}");
        var storage = new StorageSettings { DataDirectory = directory };
        Console.WriteLine($"Meeting storage: 1 facilitator, {participants} participants, {observers} observers; {polls} polls; {actions} facilitator actions; " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite");
        CountingSerializer? counter = null;
        try
        {
            await using var silo = await BenchmarkSilo.StartAsync(storage, services => services.AddSingleton<IGrainStorageSerializer>(s =>
                counter = new CountingSerializer(new OrleansGrainStorageSerializer(s.GetRequiredService<Orleans.Serialization.Serializer>()))));
            var grains = silo.Grains;
            var facilitator = Actor.Organizer(Guid.NewGuid(), false, "Petra Hybnerová");
            var group = grains.GetGrain<IWorkingGroupGrain>(Guid.NewGuid());
            await group.Create(facilitator, new WorkingGroupDraft("Řídicí skupina", TargetGroup.Steering, null));
            var details = await group.CreateMeeting(facilitator, new MeetingDraft("Krajský workshop k vizi", new DateTime(2026, 12, 8, 13, 0, 0), "Liberec", null, null));
            var meeting = grains.GetGrain<IMeetingGrain>(details.Id);
            await meeting.Connect(facilitator, Server, "facilitator");

            var people = new List<Actor>();
            var admitting = Measure(counter!);
            var clock = Stopwatch.StartNew();
            people.AddRange(await AdmitAsync(grains, meeting, facilitator, MeetingRole.Participant, participants, "Účastník"));
            people.AddRange(await AdmitAsync(grains, meeting, facilitator, MeetingRole.Observer, observers, "Občan"));
            var admitted = admitting.Done(people.Count);
            var admittedIn = clock.Elapsed;

            var connecting = Measure(counter!);
            for (var i = 0; i < people.Count; i++)
            {
                await meeting.Connect(people[i], Server, $"c{i}");
            }

            var connected = connecting.Done(people.Count);

            await meeting.Execute(facilitator, new AddAgendaItem(new("Zahájení", null, 15, AgendaItemKind.Discussion), null));
            await meeting.ChangePhase(facilitator, MeetingPhase.Live);
            var item = (await meeting.GetSnapshot(facilitator)).Agenda.Items[0].Id;
            var (pollCommands, votes) = await VoteAsync(meeting, facilitator, people.GetRange(0, participants), polls, counter!);
            var acting = Measure(counter!);
            for (var i = 0; i < actions; i++)
            {
                await meeting.Execute(facilitator, (i % 5) switch
                {
                    0 => new SetCurrentAgendaItem(item),
                    1 => new StartTimer(300, "Diskuse"),
                    2 => new ExtendTimer(60),
                    3 => new PauseTimer(),
                    _ => new ResumeTimer(),
                });
            }

            var acted = acting.Done(actions);

            var leaving = Measure(counter!);
            for (var i = 0; i < people.Count; i++)
            {
                await meeting.Disconnect(Server, $"c{i}");
            }

            var left = leaving.Done(people.Count);

            Console.WriteLine($"  admitting {people.Count:N0} people (grain calls, 32 at a time): {admittedIn.TotalSeconds:F1} s");
            Console.WriteLine("| what | count | storage writes each | bytes written each |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            Row("admission by invite", admitted);
            Row("presence change: arrival", connected);
            Row("poll command (create, open, close)", pollCommands);
            Row("vote", votes);
            Row("facilitator action (after the polls)", acted);
            Row("presence change: departure", left);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        return 0;
    }

    /// <summary>Named polls with live results, each created, opened, voted on by every participant, and closed.</summary>
    private static async Task<(Counted Commands, Counted Votes)> VoteAsync(IMeetingGrain meeting, Actor facilitator, List<Actor> voters, int polls, CountingSerializer counter)
    {
        var (commands, votes) = (new Counted(0, 0, 0), new Counted(0, 0, 0));
        for (var p = 0; p < polls; p++)
        {
            var commanding = Measure(counter);
            await meeting.Execute(facilitator, new CreatePoll(new PollDraft($"Otázka {p + 1}: doporučit záměr?", PollKind.SingleChoice,
                ["ano", "ne", "zdržuji se"], Secret: false, LiveResults: true)));
            var pollId = (await meeting.GetSnapshot(facilitator)).Polls[^1].Id;
            await meeting.Execute(facilitator, new OpenPoll(pollId));
            commands += commanding.Done(2);
            var voting = Measure(counter);
            for (var v = 0; v < voters.Count; v++)
            {
                await meeting.CastVote(voters[v], pollId, [.. Enumerable.Range(0, 3).Select(o => o == v % 3 ? 1 : 0)], null);
            }

            votes += voting.Done(voters.Count);
            var closing = Measure(counter);
            await meeting.Execute(facilitator, new ClosePoll(pollId));
            commands += closing.Done(1);
        }

        return (commands, votes);
    }

    private static async Task<List<Actor>> AdmitAsync(IGrainFactory grains, IMeetingGrain meeting, Actor facilitator, MeetingRole role, int count, string name)
    {
        var invite = await meeting.CreateInvite(facilitator, role, null);
        var redeem = grains.GetGrain<IInviteGrain>(InviteTokens.Hash(invite.Token));
        var people = new List<Actor>(count);
        for (var start = 0; start < count; start += 32)
        {
            var wave = await Task.WhenAll(Enumerable.Range(start, Math.Min(32, count - start)).Select(async i =>
            {
                var admission = await redeem.Redeem($"{name} {i + 1}");
                return Actor.Participant(admission.Entry.ParticipantId, $"{name} {i + 1}");
            }));
            people.AddRange(wave);
        }

        return people;
    }

    private static void Row(string what, Counted counted) =>
        Console.WriteLine($"| {what} | {counted.Count:N0} | {(double)counted.Writes / counted.Count:F2} | {(double)counted.Bytes / counted.Count:N0} |");

    private static Counting Measure(CountingSerializer counter) => new(counter, counter.Totals());

    private sealed record Counting(CountingSerializer Counter, (long Writes, long Bytes) Start)
    {
        public Counted Done(int count)
        {
            var (writes, bytes) = Counter.Totals();
            return new Counted(count, writes - Start.Writes, bytes - Start.Bytes);
        }
    }

    private sealed record Counted(int Count, long Writes, long Bytes)
    {
        public static Counted operator +(Counted a, Counted b) => new(a.Count + b.Count, a.Writes + b.Writes, a.Bytes + b.Bytes);
    }

    private static double ArgValue(string[] args, string name, double fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? double.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    }
}
