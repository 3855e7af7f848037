using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CommunityPlanning.Web.Tests.Documents;

/// <summary>
/// The document relay's rounds on the cluster: writers and observers of one document spread over two web
/// servers, each server relaying the grain's events to its own clients in rounds. However the rounds fall, every
/// client must end up with every revision, once and in order, and the same text as the grain.
/// </summary>
[Collection(RelayCollection.Name)]
public sealed class RelayCoalescingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int BurstsPerWriter = 60;
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(60);

    private WebCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await WebCluster.StartAsync(webServers: 2);

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Writers_and_observers_on_two_web_servers_get_every_revision_once_in_order_and_end_with_the_grains_text()
    {
        var servers = _cluster.WebServers;
        using var organizer = new ApiClient(servers[0].BaseUri);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        (string Heading, string Text)[] initial = [("Uživatelé služeb v sociální oblasti", "Vize: "), ("Poskytovatelé služeb", "Síť služeb: ")];
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(organizer, initial);
        var sections = document.Sections.Select(s => s.Id).ToList();

        // Three writers and two observers on each server; each section has writers on both servers.
        using var visitor = new ApiClient(servers[1].BaseUri);
        var writers = new List<(TestEditor Editor, Guid Section, string Name)>();
        var viewers = new List<(TestViewer Viewer, string Name)>();
        foreach (var (server, s) in servers.Select((server, s) => (server, s)))
        {
            for (var i = 0; i < 3; i++)
            {
                var name = $"writer {i} on server {s}";
                var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, name);
                var editor = new TestEditor(server.BaseUri, meeting.Id, joined.Ticket, sections[i < 2 ? 0 : 1], $"w{s}{i}");
                await editor.ConnectAsync();
                writers.Add((editor, sections[i < 2 ? 0 : 1], name));
            }

            for (var i = 0; i < 2; i++)
            {
                var name = $"observer {i} on server {s}";
                var joined = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Observer, name);
                viewers.Add((await TestViewer.OpenAsync(server.BaseUri, meeting.Id, joined.Ticket), name));
            }
        }

        await Task.WhenAll(writers.Select((w, i) => TypeAsync(w.Editor, new Random(7_000 + i))));
        Assert.All(writers, w => Assert.Null(w.Editor.Failure));

        var grain = (await servers[0].Grains.GetGrain<IVisionDocumentGrain>(document.Id).Open()).Sections.ToDictionary(s => s.SectionId);
        await Eventually.TrueAsync(() =>
            writers.All(w => w.Editor.Revision == grain[w.Section].Revision) &&
            viewers.All(v => sections.All(s => v.Viewer.Log.Reached(s) >= grain[s].Revision)), Settling);

        foreach (var writer in writers)
        {
            RelayChecks.EveryRevisionOnceInOrder(writer.Editor, grain[writer.Section].Revision, writer.Name);
            Assert.Equal(grain[writer.Section].Text, writer.Editor.Text);
        }

        var coalescedForViewers = 0L;
        foreach (var (section, s) in sections.Select((section, s) => (section, s)))
        {
            var edits = writers.First(w => w.Section == section).Editor.ReceivedMessages.SelectMany(m => m).ToList();
            var history = new SectionHistory(initial[s].Text, edits);
            Assert.Equal(grain[section].Text, history.TextAt(history.Revision));
            foreach (var (viewer, name) in viewers)
            {
                Assert.Equal(0, viewer.Log.Opened.Sections.Single(x => x.SectionId == section).Revision); // so every revision of the section had to come
                var replay = RelayChecks.Replay(viewer.Log, section, history, $"{name}, section {s}");
                Assert.Equal((grain[section].Revision, grain[section].Text), (replay.Revision, replay.Text));
                coalescedForViewers = Math.Max(coalescedForViewers, replay.MostInOneMessage);
                output.WriteLine($"{name}, section {s}: {viewer.Log.Arrivals.Count} messages, at most {replay.MostInOneMessage} revisions in one, snapshots at [{string.Join(",", replay.Snapshots)}]");
            }

            output.WriteLine($"section {s}: {history.Revision} revisions");
        }

        // Otherwise the rounds never carried more than one edit and nothing here tested coalescing.
        var coalescedForEditors = writers.Max(w => w.Editor.ReceivedMessages.Max(m => m.Count));
        output.WriteLine($"at most {coalescedForEditors} edits of a section in one textEdits, {coalescedForViewers} revisions in one textChanges");
        Assert.True(coalescedForEditors > 1, "no textEdits message carried more than one edit");
        Assert.True(coalescedForViewers > 1, "no textChanges message carried more than one revision");

        foreach (var writer in writers)
        {
            await writer.Editor.DisposeAsync();
        }

        foreach (var viewer in viewers)
        {
            await viewer.Viewer.DisposeAsync();
        }
    }

    /// <summary>
    /// Types bursts of single-character edits: the first of a burst goes out at once, the rest wait composed until
    /// it comes back; the next burst follows the acknowledgement, so the writers' edits keep crossing each other.
    /// </summary>
    private static async Task TypeAsync(TestEditor editor, Random random)
    {
        for (var i = 0; i < BurstsPerWriter && editor.Failure is null; i++)
        {
            for (var keys = random.Next(1, 4); keys > 0; keys--)
            {
                editor.TypeRandomly(random);
            }

            await editor.WhenSettledAsync().WaitAsync(LiveClient.Timeout);
        }
    }
}

/// <summary>The relay tests load the machine; they run one after the other, not side by side.</summary>
[CollectionDefinition(Name)]
public sealed class RelayCollection
{
    public const string Name = "Document relay";
}
