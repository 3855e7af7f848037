using CommunityPlanning.Audience;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Records;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Tests.Intentions;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// A small world in which every call of the matrix has something real to act on: a group managed by the cast's
/// manager, its vision document, plan and meeting (run by the administrator, who stays joined and arranges what
/// cells need), an observer, a participant and a removed participant, a draft and a closed poll, a frozen ranking,
/// approved minutes and a calendar link.
/// </summary>
public sealed class World : IAsyncDisposable
{
    private const string PlanText = """
        Plán sociálních služeb
        A. Strategické cíle pro cílovou skupinu senioři
        A 1: Podpora setrvání seniorů v domácím prostředí
        O 1: Rozvoj pečovatelských služeb.
        O 2: Podpora domácích pečujících.
        """;

    /// <summary>One reader of the facilitator's events at a time (cells of several rows share a world).</summary>
    private readonly SemaphoreSlim _events = new(1, 1);

    private World(Cast cast, string tag)
    {
        Cast = cast;
        Tag = tag;
    }

    public Cast Cast { get; }

    /// <summary>Marks what belongs to this world where names are global (e-mail addresses of accounts).</summary>
    public string Tag { get; }

    public Guid GroupId { get; private set; }

    public Guid MeetingId { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid SectionId { get; private set; }

    public Guid OtherSectionId { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid GoalId { get; private set; }

    public Guid ObjectiveId { get; private set; }

    public JoinResult Observer { get; private set; } = null!;

    public JoinResult Participant { get; private set; } = null!;

    public JoinResult Removed { get; private set; } = null!;

    /// <summary>The administrator's connection, joined as the meeting's facilitator with the vision and the minutes open.</summary>
    public LiveClient Facilitator { get; private set; } = null!;

    public Guid FacilitatorId { get; private set; }

    public Guid DraftPollId { get; private set; }

    public Guid ClosedPollId { get; private set; }

    public string CalendarToken { get; private set; } = "";

    /// <summary>A call for development intentions of the group (the meeting is its steering meeting too).</summary>
    public IntentionArrange Intentions { get; private set; } = null!;

    /// <summary>An intention of the call, assigned to the group, with an attachment; and its submission link's token.</summary>
    public Guid IntentionId { get; private set; }

    public string SubmissionToken { get; private set; } = "";

    public Guid AttachmentId { get; private set; }

    /// <summary>A member of the group (whose entry managers edit).</summary>
    public Guid MemberId { get; private set; }

    public static async Task<World> CreateAsync(Cast cast)
    {
        var world = new World(cast, Guid.NewGuid().ToString("N")[..12]);
        await world.BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        var admin = Cast.Admin;
        GroupId = (await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = $"Skupina {Tag}", targetGroup = "Seniors" })).Id;
        (await admin.PutAsync($"/api/working-groups/{GroupId}/managers", new { accountIds = new[] { Cast.ManagerAccount.Id } })).EnsureSuccessStatusCode();
        var document = await admin.PostAsync<VisionDocumentDetails>($"/api/working-groups/{GroupId}/vision-documents", new
        {
            title = "Vize",
            sections = new[]
            {
                new { heading = "Uživatelé služeb v sociální oblasti", text = "Lidé vědí, na koho se obrátit." },
                new { heading = "Řízení služeb v sociální oblasti", text = "Síť služeb je pružná." },
            },
        });
        (DocumentId, SectionId, OtherSectionId) = (document.Id, document.Sections[0].Id, document.Sections[1].Id);
        var plan = (await admin.PostAsync<PlanImportResponse>($"/api/working-groups/{GroupId}/imports/plan", new { text = PlanText, confirm = true })).Saved!;
        (PlanId, GoalId, ObjectiveId) = (plan.Id, plan.TargetGroups[0].Goals[0].Id, plan.TargetGroups[0].Goals[0].Objectives[0].Id);
        MemberId = (await admin.PostAsync<WorkingGroupDetails>($"/api/working-groups/{GroupId}/members", new { name = "Jana Nováková" })).Members[0].Id!.Value;
        MeetingId = (await MeetingSetup.CreateMeetingAsync(admin, DocumentId, GroupId)).Id;
        CalendarToken = (await admin.PostAsync<CalendarFeedLink>($"/api/working-groups/{GroupId}/calendar-feed", new { })).Url
            .Split("/api/calendar/")[1].Replace(".ics", "", StringComparison.Ordinal);

        using var visitor = Cast.App.NewClient();
        Observer = await MeetingSetup.JoinAsync(admin, visitor, MeetingId, MeetingRole.Observer, "Občan");
        Participant = await MeetingSetup.JoinAsync(admin, visitor, MeetingId, MeetingRole.Participant, "Jana Nováková");
        Removed = await MeetingSetup.JoinAsync(admin, visitor, MeetingId, MeetingRole.Participant, "Rušitel");

        Facilitator = await LiveClient.ConnectAsync(Cast.BaseUri, admin.Cookies);
        FacilitatorId = (await Facilitator.JoinAsync(MeetingId)).You.ParticipantId;
        await Facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenDocument), MeetingId);
        await Facilitator.Connection.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), MeetingId);
        await RunAsync(new RemoveParticipant(Removed.ParticipantId, RevokeInvite: false));

        // The manager's facilitator entry is made on first use: made now, so no cell's read is that first use.
        (await Cast.Manager.GetAsync($"/api/meetings/{MeetingId}")).EnsureSuccessStatusCode();

        DraftPollId = await CreatePollAsync();
        ClosedPollId = await CreatePollAsync();
        await RunAsync(new OpenPoll(ClosedPollId));
        await RunAsync(new ClosePoll(ClosedPollId));
        await AddProposalAsync();
        await RunAsync(new StartPrioritisation(3));
        await RunAsync(new ClosePrioritisation());
        await RunAsync(new ApproveMinutes()); // a first version, so the public minutes can be read

        Intentions = await IntentionArrange.OpenAsync(Cast.Grains, Cast.AdminActor, GroupId, new ObjectiveLink(PlanId, ObjectiveId), MeetingId);
        (IntentionId, SubmissionToken) = await Intentions.InStateAsync(IntentionState.InWorkingGroup);
        AttachmentId = (await Cast.Grains.GetGrain<IIntentionGrain>(IntentionId).Get(Cast.AdminActor)).Attachments[0].Id;
    }

    /// <summary>The participant ticket a role presents here, if it has one.</summary>
    public string? TicketOf(Role role) => role switch
    {
        Role.Observer => Observer.Ticket,
        Role.Participant => Participant.Ticket,
        Role.RemovedParticipant => Removed.Ticket,
        Role.FacilitatorOfAnotherMeeting => Cast.OtherMeetingTicket,
        _ => null,
    };

    /// <summary>A command of the meeting's facilitator (the administrator).</summary>
    public Task<long> RunAsync(MeetingCommand command) =>
        Facilitator.ExecuteAsync(MeetingId, command).WaitAsync(LiveClient.Timeout);

    public Task<MeetingSnapshot> SnapshotAsync() =>
        Facilitator.Connection.InvokeAsync<MeetingSnapshot>(nameof(MeetingHub.GetSnapshot), MeetingId).WaitAsync(LiveClient.Timeout);

    public Task<DocumentSnapshot> DocumentAsync() => Cast.Grains.GetGrain<IVisionDocumentGrain>(DocumentId).Open();

    public Task<PlanView> PlanAsync() => Cast.Grains.GetGrain<IPlanGrain>(PlanId).Get();

    /// <summary>A named yes/no/abstain poll in draft, without live results (so nothing in it moves by itself).</summary>
    public async Task<Guid> CreatePollAsync()
    {
        var question = Unique("Stanovisko");
        await RunAsync(new CreatePoll(
            new PollDraft(question, PollKind.YesNoAbstain, ["doporučuji", "nedoporučuji", "zdržuji se"], Secret: false, LiveResults: false)));
        return (await SnapshotAsync()).Polls.Single(p => p.Draft.Question == question).Id;
    }

    /// <summary>An agenda item linked to the world's intention.</summary>
    public async Task<Guid> AddIntentionItemAsync()
    {
        await RunAsync(new AddIntentionItem([IntentionId], 15));
        return (await SnapshotAsync()).Agenda.Items.Last(i => i.Intentions is { Count: > 0 }).Id;
    }

    /// <summary>The opinion poll, in draft, of a new item linked to the world's intention.</summary>
    public async Task<Guid> CreateIntentionPollAsync()
    {
        var item = await AddIntentionItemAsync();
        await RunAsync(new CreateIntentionPoll(item, [IntentionId], IntentionPollKind.Opinion));
        return (await SnapshotAsync()).Polls.Single(p => p.Intention?.AgendaItemId == item).Id;
    }

    /// <summary>A word cloud open to the audience.</summary>
    public async Task OpenWordCloudAsync()
    {
        await RunAsync(new OpenWordCloud(Unique("Jedním slovem")));
        await RunAsync(new SetAudienceInput(true));
    }

    /// <summary>A released question from the audience, asked by an observer of its own (never the caller).</summary>
    public async Task<Guid> ReleasedQuestionAsync()
    {
        var asked = await AskedQuestionAsync();
        await RunAsync(new SetQuestionState(asked, QuestionState.Released));
        return asked;
    }

    /// <summary>A pending question from the audience, asked by a new observer (so no one's rate limit is reached).</summary>
    public async Task<Guid> AskedQuestionAsync()
    {
        var roster = Cast.Grains.GetGrain<IMeetingRosterGrain>(MeetingId);
        var invite = await roster.CreateInvite(Cast.AdminActor, MeetingRole.Observer, null);
        var asker = await roster.AdmitByInvite(invite.Info.InviteId, Unique("Tazatel"), null);
        var question = new QuestionDraft(Unique("Otázka"), Named: false);
        return (await Cast.Grains.GetGrain<IMeetingQuestionsGrain>(MeetingId).Ask(Actor.Participant(asker.ParticipantId, asker.DisplayName), question)).Id;
    }

    /// <summary>A proposal by the facilitator under the first area.</summary>
    public async Task<Guid> AddProposalAsync(LiveClient? author = null)
    {
        var text = Unique("Návrh");
        await (author ?? Facilitator).Connection.ExecuteAsync(MeetingId, new AddProposal(SectionId, text))
            .WaitAsync(LiveClient.Timeout);
        return (await SnapshotAsync()).Board.Proposals.Single(p => p.Text == text).Id;
    }

    public async Task<Guid> AddAgendaItemAsync()
    {
        var title = Unique("Bod");
        await RunAsync(new AddAgendaItem(new AgendaItemDraft(title, null, 10, AgendaItemKind.Discussion), null));
        return (await SnapshotAsync()).Agenda.Items.Single(i => i.Title == title).Id;
    }

    public async Task<Guid> AddActionItemAsync()
    {
        var text = Unique("Úkol");
        await RunAsync(new AddActionItem(new(text, "Kateřina Marcinková", null, null)));
        return (await SnapshotAsync()).ActionItems.Single(i => i.Text == text).Id;
    }

    /// <summary>Someone in the room without a device, on the roster as a participant.</summary>
    public async Task<Guid> AddRoomAttendeeAsync()
    {
        var name = Unique("Host");
        await RunAsync(new AddRoomAttendee(name, AttendeeKind.Guest));
        return (await SnapshotAsync()).Roster.Single(e => e.DisplayName == name).ParticipantId;
    }

    public async Task<Guid> AddCommentAsync()
    {
        var revision = (await DocumentAsync()).Sections[0].Revision;
        var comment = await Facilitator.Connection.InvokeAsync<Comment>(nameof(MeetingHub.AddComment), MeetingId, new CommentDraft(SectionId, 0, 4, revision, "Jaké služby?"))
            .WaitAsync(LiveClient.Timeout);
        return comment.Id;
    }

    /// <summary>
    /// The events numbered from <paramref name="afterSeq"/> (exclusive) to <paramref name="seq"/> that are not someone
    /// connecting or leaving, as the facilitator's connection received them; null if there are none.
    /// </summary>
    public async Task<string?> UnexpectedEventsAsync(long afterSeq, long seq)
    {
        await _events.WaitAsync();
        try
        {
            if (!Facilitator.Received.Exists(e => e.Seq >= seq))
            {
                await Facilitator.WaitForAsync<MeetingEvent>(e => e.Seq >= seq);
            }

            var unexpected = Facilitator.Received
                .Where(e => e.Seq > afterSeq && e.Seq <= seq && e is not (PresenceChanged or AudienceChanged))
                .Select(e => e.GetType().Name)
                .ToList();
            return unexpected.Count == 0 ? null : $"events after the refusal: {string.Join(", ", unexpected)}";
        }
        finally
        {
            _events.Release();
        }
    }

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    public async ValueTask DisposeAsync()
    {
        await Facilitator.DisposeAsync();
        _events.Dispose();
    }
}
