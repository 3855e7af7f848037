using System.Reflection;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Contract;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Meetings;

/// <summary>Facilitation through the real hub on real Kestrel: every role, every client hears it, reconnects catch up.</summary>
public sealed class FacilitationHubTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    /// <summary>Hub methods that only read (or enter and leave); every other one changes something.</summary>
    private static readonly HashSet<string> Reads =
    [
        nameof(MeetingHub.JoinMeeting), nameof(MeetingHub.LeaveMeeting), nameof(MeetingHub.GetSnapshot),
        nameof(MeetingHub.GetVisionDocument), nameof(MeetingHub.OpenDocument), nameof(MeetingHub.GetEdits),
        nameof(MeetingHub.GetComments), nameof(MeetingHub.GetHistory), nameof(MeetingHub.GetVersion),
        nameof(MeetingHub.GetAdoptedWordings), nameof(MeetingHub.GetServerTime), nameof(MeetingHub.GetBallot), nameof(MeetingHub.GetBoard),
        nameof(MeetingHub.OpenMinutes),
        nameof(MeetingHub.GetPlans), nameof(MeetingHub.GetJoinCard), nameof(MeetingHub.GetQuestions),
        nameof(MeetingHub.GetWordCloud),
        // Finding the next date: the counts, which observers see too.
        nameof(MeetingHub.GetDatePoll),
    ];

    /// <summary>What observers may send: questions from the audience and their upvotes, which decide nothing (QuestionHubTests).</summary>
    private static readonly HashSet<string> AudienceVoices = [nameof(MeetingHub.AskQuestion), nameof(MeetingHub.UpvoteQuestion)];

    private sealed record Meeting(ApiClient Organizer, MeetingDetails Details, LiveClient Facilitator);

    private async Task<Meeting> CreateAsync()
    {
        var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var document = await organizer.PostAsync<VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents", new
        {
            title = "Vize",
            sections = new[] { new { heading = "Uživatelé služeb v sociální oblasti", text = "Lidé vědí, na koho se obrátit." } },
        });
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, document.Id, group.Id);
        var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        return new Meeting(organizer, meeting, facilitator);
    }

    private async Task<(LiveClient Client, MeetingSnapshot Snapshot, string Ticket)> JoinAsync(Meeting meeting, MeetingRole role, string name)
    {
        using var visitor = app.NewClient();
        var joined = await MeetingSetup.JoinAsync(meeting.Organizer, visitor, meeting.Details.Id, role, name);
        var client = await LiveClient.ConnectAsync(app.Host.BaseUri);
        return (client, await client.JoinAsync(meeting.Details.Id, joined.Ticket), joined.Ticket);
    }

    [Fact]
    public async Task The_facilitator_runs_the_agenda_timer_and_speakers_and_participant_and_observer_follow()
    {
        var meeting = await CreateAsync();
        var id = meeting.Details.Id;
        var (participant, participantView, _) = await JoinAsync(meeting, MeetingRole.Participant, "Jana Nováková");
        var (observer, _, _) = await JoinAsync(meeting, MeetingRole.Observer, "Občan");
        await using var p = participant;
        await using var o = observer;
        await using var f = meeting.Facilitator;

        await f.ExecuteAsync(id, new AddAgendaItem(new("Zahájení", "Petra Hybnerová", 5, AgendaItemKind.Other), null));
        await f.ExecuteAsync(id, new AddAgendaItem(new("Informace z pracovních skupin", null, 30, AgendaItemKind.Report), null));
        var agenda = (await o.WaitForAsync<AgendaChanged>(a => a.Agenda.Items.Count == 2)).Agenda;
        await f.ExecuteAsync(id, new SetCurrentAgendaItem(agenda.Items[1].Id));
        await f.ExecuteAsync(id, new StartTimer(1, "Zpráva"));
        await p.ExecuteAsync(id, new RaiseHand());
        await f.ExecuteAsync(id, new GiveFloor(participantView.You.ParticipantId));

        foreach (var client in new[] { p, o })
        {
            Assert.Equal(agenda.Items[1].Id, (await client.WaitForAsync<AgendaChanged>(a => a.Agenda.CurrentItemId is not null)).Agenda.CurrentItemId);
            Assert.Equal("Zpráva", (await client.WaitForAsync<TimerChanged>(t => t.Timer is { Running: true })).Timer!.Label);
            Assert.Equal(participantView.You.ParticipantId, (await client.WaitForAsync<SpeakersChanged>(s => s.Speakers.Floor is not null)).Speakers.Floor!.ParticipantId);
            Assert.True((await client.WaitForAsync<TimerChanged>(t => t.Timer is { Finished: true })).Timer!.Finished);
        }

        // Every client saw the same events, numbered without gaps.
        var seen = o.Received.Select(e => e.Seq).Where(s => s > 0).ToList();
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task An_observer_is_refused_every_hub_method_that_changes_anything_and_its_connection_stays_usable()
    {
        var meeting = await CreateAsync();
        var id = meeting.Details.Id;
        await using var f = meeting.Facilitator;
        await f.ExecuteAsync(id, new AddAgendaItem(new("Zahájení", null, 5, AgendaItemKind.Other), null));
        var (observer, _, _) = await JoinAsync(meeting, MeetingRole.Observer, "Občan");
        await using var o = observer;
        // The observer's arrival is counted a second later (RosterAudience.AudienceEvery), with a number of its own.
        await f.WaitForAsync<AudienceChanged>(a => a.Watching == 1);
        var before = await o.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), id);
        var document = await o.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), id);

        var changing = typeof(MeetingHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !Reads.Contains(m.Name) && !AudienceVoices.Contains(m.Name) && !m.IsSpecialName && m.Name != nameof(MeetingHub.OnDisconnectedAsync))
            .ToList();
        // Arguments of the right shape, every member filled: the meeting, then objects, enums and ids; Execute once
        // per kind of command, named by its type.
        var calls = changing.SelectMany(method => method.Name == nameof(MeetingHub.Execute)
            ? MeetingCommandJson.Kinds.Select(kind => (Name: $"{method.Name}:{kind.Key}", Method: method.Name,
                Args: new object?[] { id, new Dictionary<string, object?>((Dictionary<string, object?>)SampleArguments.For(kind.Value, document.Sections[0].SectionId)!) { [MeetingCommandJson.Discriminator] = kind.Key } }))
            : [(Name: method.Name, Method: method.Name, Args: method.GetParameters()[1..].Select(p => p.ParameterType == typeof(MeetingPhase)
                ? MeetingPhase.Live
                : SampleArguments.For(p.ParameterType, document.Sections[0].SectionId)).Prepend(id).ToArray())]).ToList();
        Assert.True(calls.Count >= 60, $"only {calls.Count} calls found");
        foreach (var (name, method, args) in calls)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => o.Connection.InvokeCoreAsync(method, typeof(object), args));
            Assert.True(error.Message.EndsWith($"HubException: {ErrorCodes.Forbidden}", StringComparison.Ordinal), $"{name}: {error.Message}");
        }

        var after = await o.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), id);
        Assert.Equal(before.Seq, after.Seq);
        Assert.Equal(before.Agenda.Items.Count, after.Agenda.Items.Count);
        var documentAfter = await o.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), id);
        Assert.Equal(document.Sections[0].Revision, documentAfter.Sections[0].Revision);
        Assert.Equal(HubConnectionState.Connected, o.Connection.State);
    }

    [Fact]
    public async Task A_participant_is_refused_facilitator_commands_and_bad_input_gets_its_code()
    {
        var meeting = await CreateAsync();
        var id = meeting.Details.Id;
        await using var f = meeting.Facilitator;
        var (participant, before, _) = await JoinAsync(meeting, MeetingRole.Participant, "Jana");
        await using var p = participant;

        await HubAssert.Refused(ErrorCodes.Forbidden, () => p.ExecuteAsync(id, new StartTimer(60, null)));
        await HubAssert.Refused(ErrorCodes.Forbidden, () => p.ExecuteAsync(id, new MuteParticipant(before.You.ParticipantId, true)));
        await HubAssert.Refused(ErrorCodes.Required, () => f.ExecuteAsync(id, new AddAgendaItem(new(" ", null, 5, AgendaItemKind.Other), null)));
        await HubAssert.Refused(ErrorCodes.NoTimer, () => f.ExecuteAsync(id, new PauseTimer()));
        await Assert.ThrowsAsync<HubException>(() => f.Connection.InvokeAsync<long>(nameof(MeetingHub.Execute), id, "not an object"));

        var after = await p.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), id);
        Assert.Equal(before.Seq, after.Seq);
        Assert.True(await p.ExecuteAsync(id, new RaiseHand()) > after.Seq); // still usable
    }

    [Fact]
    public async Task A_removed_participant_is_disconnected_and_cannot_join_again()
    {
        var meeting = await CreateAsync();
        var id = meeting.Details.Id;
        await using var f = meeting.Facilitator;
        var (participant, view, ticket) = await JoinAsync(meeting, MeetingRole.Participant, "Rušitel");
        await using var p = participant;
        var closed = new TaskCompletionSource();
        p.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await f.ExecuteAsync(id, new RemoveParticipant(view.You.ParticipantId, RevokeInvite: true));

        await closed.Task.WaitAsync(LiveClient.Timeout);
        await using var again = await LiveClient.ConnectAsync(app.Host.BaseUri);
        await HubAssert.Refused(ErrorCodes.ParticipantRemoved, () => again.JoinAsync(id, ticket));
        var left = await f.WaitForAsync<PresenceChanged>(e => e.ParticipantId == view.You.ParticipantId && !e.IsPresent);
        Assert.False(left.IsPresent);
    }

    [Fact]
    public async Task After_a_dropped_connection_a_client_catches_up_on_item_timer_speakers_and_presence()
    {
        var meeting = await CreateAsync();
        var id = meeting.Details.Id;
        await using var f = meeting.Facilitator;
        var (participant, view, ticket) = await JoinAsync(meeting, MeetingRole.Participant, "Jana");
        await f.ExecuteAsync(id, new AddAgendaItem(new("Vize", null, 20, AgendaItemKind.Brainstorm), null));
        var itemId = (await participant.WaitForAsync<AgendaChanged>(_ => true)).Agenda.Items[0].Id;

        await participant.Connection.StopAsync(); // cut
        await f.WaitForAsync<PresenceChanged>(e => e.ParticipantId == view.You.ParticipantId && !e.IsPresent);
        await f.ExecuteAsync(id, new SetCurrentAgendaItem(itemId));
        await f.ExecuteAsync(id, new StartTimer(300, "Brainstorming"));
        await f.ExecuteAsync(id, new SetSpeakingLimit(90));

        await participant.Connection.StartAsync(); // back, as the browser's automatic reconnect does
        var caughtUp = await participant.JoinAsync(id, ticket);
        Assert.Equal(itemId, caughtUp.Agenda.CurrentItemId);
        Assert.Equal(("Brainstorming", true), (caughtUp.Timer!.Label, caughtUp.Timer.Running));
        Assert.Equal(90, caughtUp.Speakers.LimitSeconds);
        Assert.Contains(view.You.ParticipantId, caughtUp.Present);
        Assert.Contains(caughtUp.Roster.Single(e => e.Role == MeetingRole.Facilitator).ParticipantId, caughtUp.Present);
        Assert.InRange(caughtUp.ServerTime, DateTimeOffset.UtcNow.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(1));
        await participant.DisposeAsync();
    }
}
