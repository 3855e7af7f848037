using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>
/// Thousands of malformed and random frames (<see cref="HubFuzz"/>) over raw WebSockets, from a facilitator, a
/// participant, an observer and a connection that joined nothing. Every invocation is answered with a documented
/// code or a result, every bad frame closes its connection naming one, and afterwards the server is healthy, the
/// meeting and its document are exactly as before, a normal client joins and edits, and no exception was logged.
/// </summary>
public sealed class HubFuzzTests(LoggedAppFixture app, ITestOutputHelper output) : IClassFixture<LoggedAppFixture>
{
    private const int Seed = 18_08;
    private const int FramesPerConnection = 600;
    private const int ReceiveBuffer = 64 * 1024;

    private static readonly HashSet<string> Documented = [.. typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    private enum Role
    {
        Facilitator,
        Participant,
        Observer,
        NotJoined,

        /// <summary>The facilitator of another meeting, sending anything there: its calls reach every check in the grains.</summary>
        Anything,
    }

    private sealed record World(ApiClient Organizer, MeetingDetails Meeting, Guid SectionId, string ParticipantTicket, string ObserverTicket, IReadOnlyList<Guid> Ids)
    {
        /// <summary>The other meeting, which <see cref="Role.Anything"/> may change at will.</summary>
        public World? Scratch { get; init; }
    }

    [Fact]
    public async Task Thousands_of_malformed_and_random_frames_leave_the_server_healthy_and_the_meeting_unchanged()
    {
        var world = await CreateAsync() with { Scratch = await CreateAsync() };
        // Kept joined throughout, so the web server's subscription to the meeting stays as it is.
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, world.Organizer.Cookies);
        await facilitator.JoinAsync(world.Meeting.Id);
        var before = await StateAsync(facilitator, world.Meeting.Id);

        var failures = new ConcurrentQueue<string>();
        var counts = new ConcurrentDictionary<string, int>();
        var answers = new ConcurrentDictionary<string, int>();
        var anything = new ConcurrentDictionary<string, int>();
        var reconnects = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enum.GetValues<Role>().Select(async role =>
        {
            var target = role == Role.Anything ? world.Scratch! : world;
            var fuzz = role == Role.Anything
                ? new HubFuzz(new Random(Seed + (int)role), target.Meeting.Id, target.Ids, noise: 25, refusals: 10, nameof(MeetingHub.ChangePhase), nameof(MeetingHub.LeaveMeeting))
                : new HubFuzz(new Random(Seed + (int)role), target.Meeting.Id, target.Ids);
            var client = await ConnectAsync(world, role);
            var recent = new Queue<FuzzFrame>();
            try
            {
                for (var i = 0; i < FramesPerConnection; i++)
                {
                    // Who may change things only ever sends what must be refused; the others send anything.
                    var frame = fuzz.Next(refusedOnly: role is Role.Facilitator or Role.Participant);
                    counts.AddOrUpdate(frame.Kind, 1, (_, n) => n + 1);
                    var closed = await SendAsync(client, frame, role, failures, recent, role == Role.Anything ? anything : answers);
                    recent.Enqueue(frame);
                    if (recent.Count > 3)
                    {
                        recent.Dequeue();
                    }

                    if (closed)
                    {
                        await client.DisposeAsync();
                        client = await ConnectAsync(world, role);
                        Interlocked.Increment(ref reconnects);
                    }
                }
            }
            finally
            {
                await client.DisposeAsync();
            }
        }));
        clock.Stop();

        var frames = counts.Values.Sum();
        output.WriteLine($"{frames} frames over {Enum.GetValues<Role>().Length} connections ({reconnects} reconnections) in {clock.Elapsed.TotalSeconds:F1} s, seed {Seed}");
        foreach (var (kind, count) in counts.OrderByDescending(c => c.Value))
        {
            output.WriteLine($"  {count,5} {kind}");
        }

        output.WriteLine("answers: " + string.Join(", ", answers.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value}")));
        output.WriteLine($"answers in the other meeting ({Role.Anything}): " + string.Join(", ", anything.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value}")));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(frames >= 2_000);
        Assert.Empty(failures);

        using var health = new HttpClient { BaseAddress = app.Host.BaseUri };
        Assert.Equal(HttpStatusCode.OK, (await health.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(before, await StateAsync(facilitator, world.Meeting.Id));
        await AssertANormalClientJoinsAndEditsAsync(world);
        Assert.Empty(app.Logs.Failures);
    }

    /// <summary>Sends one frame and checks the answer; true when the connection is closed now (as it had to be).</summary>
    private static async Task<bool> SendAsync(RawHubClient client, FuzzFrame frame, Role role, ConcurrentQueue<string> failures, IEnumerable<FuzzFrame> before,
        ConcurrentDictionary<string, int> answers)
    {
        void Fail(string what) => failures.Enqueue($"{role} {frame.Kind}: {what} — {Describe(frame)}; after {string.Join(" | ", before.Select(Describe))}");
        switch (frame)
        {
            case FuzzInvocation call:
                try
                {
                    await client.SendInvocationAsync(call.Target, call.Arguments, call.Type);
                    answers.AddOrUpdate("(result)", 1, (_, n) => n + 1);
                    if (call.Refused)
                    {
                        Fail("accepted");
                    }
                }
                catch (InvalidOperationException e)
                {
                    answers.AddOrUpdate(CodeOf(e.Message) ?? "(no code)", 1, (_, n) => n + 1);
                    if (CodeOf(e.Message) is not { } code || !Documented.Contains(code))
                    {
                        Fail($"answered without a documented code: {e.Message}");
                    }
                }
                catch (Exception e) when (e is IOException or WebSocketException)
                {
                    Fail($"the connection closed: {await client.Closed.WaitAsync(LiveClient.Timeout)}");
                    return true;
                }
                catch (TimeoutException)
                {
                    Fail("no answer");
                    return true;
                }

                return false;
            case FuzzBytes bytes:
                string? reason;
                try
                {
                    reason = await ProbeAsync(client, bytes);
                }
                catch (TimeoutException)
                {
                    Fail("the connection neither answered nor closed");
                    return true;
                }

                if (reason is null)
                {
                    if (bytes.ClosesWith is not null && !bytes.MayClose)
                    {
                        Fail("the connection stayed open");
                    }

                    return false;
                }

                if (bytes.ClosesWith is null || !reason.EndsWith($"HubException: {bytes.ClosesWith}", StringComparison.Ordinal))
                {
                    Fail($"closed with \"{reason}\"");
                }

                return true;
            default:
                throw new InvalidOperationException(frame.GetType().Name);
        }
    }

    /// <summary>Sends the bytes, then a call: null if it is answered, else why the server closed the connection.</summary>
    private static async Task<string?> ProbeAsync(RawHubClient client, FuzzBytes bytes)
    {
        try
        {
            await client.SendFrameAsync(bytes.Bytes, bytes.Type);
            await client.SendInvocationAsync(nameof(MeetingHub.GetServerTime), "");
            return null;
        }
        catch (Exception e) when (e is IOException or WebSocketException or OperationCanceledException)
        {
            return await client.Closed.WaitAsync(LiveClient.Timeout);
        }
    }

    private static string? CodeOf(string error) => Regex.Match(error, @"HubException: ([\w.]+)$") is { Success: true } m ? m.Groups[1].Value : null;

    private static string Describe(FuzzFrame frame) => frame switch
    {
        FuzzInvocation call => $"{call.Target}({Shorten(call.Arguments)}) type {call.Type}",
        FuzzBytes bytes => Shorten(bytes.Type == WebSocketMessageType.Text ? Encoding.UTF8.GetString(bytes.Bytes) : Convert.ToHexString(bytes.Bytes)),
        _ => frame.ToString(),
    };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    private async Task<RawHubClient> ConnectAsync(World world, Role role)
    {
        var client = await RawHubClient.ConnectAsync(app.Host.BaseUri, ReceiveBuffer, role is Role.Facilitator or Role.Anything ? world.Organizer.Cookies : null);
        world = role == Role.Anything ? world.Scratch! : world;
        var ticket = role switch
        {
            Role.Facilitator or Role.Anything => "null",
            Role.Participant => JsonSerializer.Serialize(world.ParticipantTicket),
            Role.Observer => JsonSerializer.Serialize(world.ObserverTicket),
            _ => null,
        };
        if (ticket is not null)
        {
            await client.SendInvocationAsync(nameof(MeetingHub.JoinMeeting), $$"""{"meetingId":"{{world.Meeting.Id}}","ticket":{{ticket}}}""");
        }

        return client;
    }

    /// <summary>A meeting with something in every part, so that a change anywhere would show.</summary>
    private async Task<World> CreateAsync()
    {
        var organizer = await app.SignedInAdminAsync();
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer,
            ("Uživatelé služeb v sociální oblasti", "Lidé vědí, na koho se obrátit."), ("Poskytovatelé služeb", "Síť služeb je pružná."));
        using var visitor = app.NewClient();
        var participant = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");
        var observer = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, "Občan");

        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        var joined = await facilitator.JoinAsync(meeting.Id);
        var hub = facilitator.Connection;
        var sectionId = document.Sections[0].Id;
        await hub.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meeting.Id);
        var minutes = await hub.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meeting.Id);
        await hub.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meeting.Id,
            new EditRequest(sectionId, 0, JsonDocument.Parse("[30,\" Vždy.\"]").RootElement, "setup:1"));
        var comment = await hub.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), meeting.Id, new CommentDraft(sectionId, 0, 4, 1, "Kdo?"));
        await hub.ExecuteAsync( meeting.Id, new AddAgendaItem(new("Informace", "K. Marcinková", 30, AgendaItemKind.Report), null));
        await hub.ExecuteAsync( meeting.Id, new CreatePoll(new PollDraft("Stanovisko", PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], false, true)));
        await hub.ExecuteAsync( meeting.Id, new AddProposal(sectionId, "Sdílená databáze volných kapacit"));
        await hub.ExecuteAsync( meeting.Id, new AddActionItem(new ActionItemDraft("Oslovit pečující", "Lucie Hrubá", new DateOnly(2026, 12, 15), null)));
        var snapshot = await hub.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meeting.Id);

        Guid[] ids =
        [
            meeting.Id, document.Id, minutes.DocumentId, .. document.Sections.Select(s => s.Id), .. minutes.Sections.Select(s => s.SectionId),
            comment.Id, joined.You.ParticipantId, participant.ParticipantId, observer.ParticipantId,
            .. snapshot.Agenda.Items.Select(i => i.Id), .. snapshot.Polls.Select(p => p.Id), .. snapshot.Board.Proposals.Select(p => p.Id),
            .. snapshot.ActionItems.Select(a => a.Id),
        ];
        return new World(organizer, meeting, sectionId, participant.Ticket, observer.Ticket, ids);
    }

    /// <summary>
    /// What the meeting holds, as JSON: the snapshot without what comes and goes with connections (who is present,
    /// how many watch, the sequence number their arrivals move, the clock), the document, its comments and wordings.
    /// </summary>
    private static async Task<string> StateAsync(LiveClient client, Guid meetingId)
    {
        var hub = client.Connection;
        var snapshot = await hub.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), meetingId);
        var document = await hub.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), meetingId);
        var minutes = await hub.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meetingId);
        var comments = await hub.InvokeAsync<List<Comment>>(nameof(MeetingHub.GetComments), meetingId);
        var wordings = await hub.InvokeAsync<List<AdoptedWording>>(nameof(MeetingHub.GetAdoptedWordings), meetingId);
        return JsonSerializer.Serialize(new
        {
            snapshot = snapshot with { Present = [], Seq = 0, Watching = 0, ServerTime = default },
            document,
            minutes,
            comments,
            wordings,
        }, ApiClient.Json);
    }

    private async Task AssertANormalClientJoinsAndEditsAsync(World world)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(world.Organizer, visitor, world.Meeting.Id, MeetingRole.Participant, "Petr");
        await using var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await client.JoinAsync(world.Meeting.Id, joined.Ticket);
        var section = (await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), world.Meeting.Id)).Sections
            .Single(s => s.SectionId == world.SectionId);
        var ack = await client.Connection.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), world.Meeting.Id,
            new EditRequest(world.SectionId, section.Revision, JsonDocument.Parse($"[\"Dnes: \",{section.Text.Length}]").RootElement, "after:1"));
        Assert.Equal(section.Revision + 1, ack.Revision);
        var after = (await client.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), world.Meeting.Id)).Sections
            .Single(s => s.SectionId == world.SectionId);
        Assert.Equal("Dnes: " + section.Text, after.Text);
    }
}
