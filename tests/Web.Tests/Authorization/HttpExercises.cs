using CommunityPlanning.Intentions;
using CommunityPlanning.Meetings;
using CommunityPlanning.Plans;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Tests.Intentions;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Scheduling;
using CommunityPlanning.Web.Tests.Scheduling;
using CommunityPlanning.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>A valid request for every endpoint of <see cref="AuthorizationTable"/>, arranged so that "allowed" can really succeed.</summary>
public static class HttpExercises
{
    private const string VisionRecord = """
        VIZE

        Uživatelé služeb v sociální oblasti

        Lidé vědí, na koho se obrátit.

        NÁVRHY AKTIVIT

        UŽIVATELÉ SLUŽEB V SOCIÁLNÍ OBLASTI

        - Sdílená databáze volných kapacit
        """;

    private const string MinutesRecord = """
        Zápis z jednání pracovní skupiny
        Datum: 26. 5. 2026
        Přítomni: Jana Malá, Petr Horák
        1) Úvod
        - přivítání
        Z: Jana Malá, T: 15. 6. 2026
        V Liberci dne 28. 5. 2026, zapsala Jana Malá
        """;

    private const string PlanRecord = """
        Plán pro seniory
        A. Senioři
        A 1: Podpora domácí péče
        O 1: Odlehčovací služby.
        """;

    public static readonly IReadOnlyDictionary<string, HttpExercise> All = new Dictionary<string, HttpExercise>
    {
        ["GET /api/auth/antiforgery"] = Shared(c => Get("/api/auth/antiforgery")),
        ["POST /api/auth/sign-in"] = Shared(c => Post("/api/auth/sign-in", new { email = c.Cast.SignInEmail, password = Cast.SignInPassword })),
        ["POST /api/auth/sign-out"] = Own(_ => Post("/api/auth/sign-out", new { })) with { OwnAccount = true },
        ["GET /api/auth/me"] = Shared(c => Get("/api/auth/me")),
        ["POST /api/auth/password"] = Own(_ => Post("/api/auth/password", new { currentPassword = Cast.SignInPassword, newPassword = "zcela-nove-heslo-organizatora" }))
            with { OwnAccount = true },
        ["POST /api/auth/links/describe"] = Shared(async c => Post("/api/auth/links/describe", new { token = await AccountLinkTokenAsync(c) })),
        ["POST /api/auth/links/redeem"] = Shared(async c =>
            Post("/api/auth/links/redeem", new { token = await AccountLinkTokenAsync(c), password = "heslo-z-odkazu-pozvanky" })),
        ["GET /api/accounts"] = Shared(c => Get("/api/accounts")),
        ["POST /api/accounts"] = Own(c => Post("/api/accounts", new { email = WorldEmail(c), displayName = "Nová organizátorka", isAdministrator = false })),
        ["POST /api/accounts/{accountId:guid}/link"] = Own(async c => Post($"/api/accounts/{await WorldAccountAsync(c)}/link", new { })),
        ["PUT /api/accounts/{accountId:guid}/active"] = Own(async c => Put($"/api/accounts/{await WorldAccountAsync(c)}/active", new { active = false })),

        ["GET /api/working-groups"] = Shared(c => Get("/api/working-groups")),
        ["POST /api/working-groups"] = Shared(c => Post("/api/working-groups", new { name = "Nová skupina", targetGroup = "Seniors" })),
        ["GET /api/working-groups/{id:guid}"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}")),
        ["GET /api/working-groups/{id:guid}/calendar.ics"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}/calendar.ics")),
        ["POST /api/working-groups/{id:guid}/calendar-feed"] = Own(c => Post($"/api/working-groups/{c.World.GroupId}/calendar-feed", new { })),
        ["GET /api/calendar/{token}.ics"] = Shared(c => Get($"/api/calendar/{c.World.CalendarToken}.ics")),
        ["POST /api/working-groups/{id:guid}/members"] = Own(c =>
            Post($"/api/working-groups/{c.World.GroupId}/members", new { name = "Jana Nováková", organization = "Centrum pro seniory" })),
        ["PUT /api/working-groups/{id:guid}/members/{memberId:guid}"] = Own(c => Put($"/api/working-groups/{c.World.GroupId}/members/{c.World.MemberId}",
            new { name = "Jana Nováková", organization = "Centrum pro seniory", ico = "25465015", interests = new[] { new { name = "Domov Harcov" } } })),
        ["PUT /api/working-groups/{id:guid}/managers"] = Own(c =>
            Put($"/api/working-groups/{c.World.GroupId}/managers", new { accountIds = new[] { c.Cast.ManagerAccount.Id } })),
        ["PUT /api/working-groups/{id:guid}/schedule"] = Own(c =>
            Put($"/api/working-groups/{c.World.GroupId}/schedule", new[] { new { date = "2027-01-13", time = "13:00:00", place = "Liberec" } })),
        ["POST /api/working-groups/{id:guid}/meetings"] = Own(c =>
            Post($"/api/working-groups/{c.World.GroupId}/meetings", new { title = "Další setkání", startsAt = "2027-01-13T13:00:00", place = "Liberec" })),
        ["POST /api/working-groups/{id:guid}/vision-documents"] = Own(c => Post($"/api/working-groups/{c.World.GroupId}/vision-documents",
            new { title = "Další vize", sections = new[] { new { heading = "Oblast", text = "Text." } } })),
        ["GET /api/working-groups/{id:guid}/tasks"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}/tasks")),
        ["GET /api/working-groups/{id:guid}/record-form"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}/record-form")),
        ["PUT /api/working-groups/{id:guid}/record-form"] = Own(c => Put($"/api/working-groups/{c.World.GroupId}/record-form", new
        {
            heading = "KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA", titlePattern = "Zápis z jednání {group}", showFacilitator = false,
            showHeadCount = false, showApproval = false, attendanceOrder = "BySurname", recorderForm = "Feminine", scheduleTitle = "Harmonogram jednání pro rok {year}",
            scheduleNote = "Změna termínů vyhrazena.",
        })),
        ["POST /api/working-groups/{id:guid}/imports/plan"] = Own(c =>
            Post($"/api/working-groups/{c.World.GroupId}/imports/plan", new { text = PlanRecord, confirm = true })),
        ["POST /api/working-groups/{id:guid}/imports/minutes"] = Own(c =>
            Post($"/api/working-groups/{c.World.GroupId}/imports/minutes", new { text = MinutesRecord, confirm = true, alongsideExisting = true })),
        ["GET /api/working-groups/{id:guid}/plans"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}/plans")),
        ["GET /api/vision-documents/{id:guid}"] = Shared(c => Get($"/api/vision-documents/{c.World.DocumentId}")),
        ["GET /api/plans/{id:guid}"] = Shared(c => Get($"/api/plans/{c.World.PlanId}")),
        ["GET /api/plans/{id:guid}.{format}"] = Shared(c => Get($"/api/plans/{c.World.PlanId}.md")),
        ["GET /api/plans/{id:guid}/trace"] = Shared(c => Get($"/api/plans/{c.World.PlanId}/trace")),
        ["POST /api/plans/{id:guid}/nodes"] = Own(c => Post($"/api/plans/{c.World.PlanId}/nodes",
            new { parentId = c.World.GoalId, content = new { code = "O 7", text = "Nové opatření.", notes = (string?)null }, position = (int?)null })),
        ["PUT /api/plans/{id:guid}/nodes/{nodeId:guid}"] = Own(async c =>
            Put($"/api/plans/{c.World.PlanId}/nodes/{c.World.ObjectiveId}",
                new { expectedVersion = await ObjectiveVersionAsync(c), code = "O 1", text = "Rozvoj pečovatelských a odlehčovacích služeb.", notes = (string?)null })),
        ["DELETE /api/plans/{id:guid}/nodes/{nodeId:guid}"] = Own(async c =>
        {
            var (nodeId, version) = await NewObjectiveAsync(c);
            return Delete($"/api/plans/{c.World.PlanId}/nodes/{nodeId}?expectedVersion={version}");
        }),
        ["POST /api/plans/{id:guid}/nodes/{nodeId:guid}/move"] = Own(async c =>
            Post($"/api/plans/{c.World.PlanId}/nodes/{c.World.ObjectiveId}/move",
                new { expectedVersion = await ObjectiveVersionAsync(c), parentId = c.World.GoalId, position = 1 })),

        ["GET /api/intention-calls"] = Shared(c => Get("/api/intention-calls")),
        ["POST /api/intention-calls"] = Own(c => Post("/api/intention-calls", new
        {
            year = 2027, title = $"Výzva {c.World.Tag}", deadlineLocal = "2027-01-31T23:59:00", workingGroupIds = new[] { c.World.GroupId }, steeringMeetingId = c.World.MeetingId,
        })),
        ["GET /api/intention-calls/{id:guid}"] = Shared(c => Get($"/api/intention-calls/{c.World.Intentions.CallId}")),
        ["POST /api/intention-calls/{id:guid}/close"] = Own(c => Post($"/api/intention-calls/{c.World.Intentions.CallId}/close", new { })),
        ["POST /api/intention-calls/{id:guid}/intentions"] = Own(c => Post($"/api/intention-calls/{c.World.Intentions.CallId}/intentions", new { })),
        ["GET /api/intentions/{id:guid}"] = Shared(c => Get($"/api/intentions/{c.World.IntentionId}")),
        ["GET /api/intentions/{id:guid}/attachments/{attachmentId:guid}"] = Shared(c => Get($"/api/intentions/{c.World.IntentionId}/attachments/{c.World.AttachmentId}")),
        ["POST /api/intentions/{id:guid}/link"] = Own(async c => Post($"/api/intentions/{await InState(c, IntentionState.Draft)}/link", new { })),
        ["DELETE /api/intentions/{id:guid}/link"] = Own(async c => Delete($"/api/intentions/{await InState(c, IntentionState.Draft)}/link")),
        ["POST /api/intentions/{id:guid}/complete"] = Own(async c => Post($"/api/intentions/{await InState(c, IntentionState.Submitted)}/complete", new { })),
        ["POST /api/intentions/{id:guid}/return"] = Own(async c =>
            Post($"/api/intentions/{await InState(c, IntentionState.Submitted)}/return", new { note = "Doplňte zdroje financování." })),
        ["PUT /api/intentions/{id:guid}/working-group"] = Own(async c =>
            Put($"/api/intentions/{await InState(c, IntentionState.Complete)}/working-group", new { workingGroupId = c.World.GroupId })),
        ["PUT /api/intentions/{id:guid}/statement"] = Own(async c =>
            Put($"/api/intentions/{await InState(c, IntentionState.InWorkingGroup)}/statement", new { text = "Doporučujeme.", date = "2027-02-20" })),
        ["POST /api/intentions/{id:guid}/statement/attachment"] = Own(async c =>
            new HttpCall(HttpMethod.Post, $"/api/intentions/{await InState(c, IntentionState.OpinionGiven)}/statement/attachment?name=vyjadreni.pdf", Raw: IntentionArrange.Pdf)),
        ["PUT /api/intentions/{id:guid}/outcome"] = Own(async c =>
            Put($"/api/intentions/{await InState(c, IntentionState.Approved)}/outcome", new { outcome = "BasicNetwork" })),
        ["PUT /api/intentions/{id:guid}/realisation"] = Own(async c =>
            Put($"/api/intentions/{await InState(c, IntentionState.RegionDecided)}/realisation", new { realised = true })),
        // Finding the next date: each cell arranges the poll it needs through the grain.
        ["GET /api/working-groups/{id:guid}/date-poll"] = Shared(c => Get($"/api/working-groups/{c.World.GroupId}/date-poll")),
        ["POST /api/working-groups/{id:guid}/date-poll"] = Own(async c =>
        {
            await DatePollArrange.NoneOpenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId);
            return Post($"/api/working-groups/{c.World.GroupId}/date-poll", DatePollArrange.Draft());
        }),
        ["POST /api/working-groups/{id:guid}/date-poll/links/{memberId:guid}"] = Own(async c =>
        {
            await DatePollArrange.OpenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId);
            return Post($"/api/working-groups/{c.World.GroupId}/date-poll/links/{c.World.MemberId}", new { });
        }),
        ["DELETE /api/working-groups/{id:guid}/date-poll/links/{memberId:guid}"] = Own(async c =>
        {
            await DatePollArrange.TokenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId, c.World.MemberId);
            return Delete($"/api/working-groups/{c.World.GroupId}/date-poll/links/{c.World.MemberId}");
        }),
        ["POST /api/working-groups/{id:guid}/date-poll/choose"] = Own(async c =>
        {
            var poll = await DatePollArrange.OpenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId);
            return Post($"/api/working-groups/{c.World.GroupId}/date-poll/choose", new { optionId = poll.Options[0].Id });
        }),
        ["POST /api/working-groups/{id:guid}/date-poll/close"] = Own(async c =>
        {
            await DatePollArrange.OpenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId);
            return Post($"/api/working-groups/{c.World.GroupId}/date-poll/close", new { });
        }),
        ["GET /api/date-polls/{groupId:guid}/answers"] = Own(async c =>
            DateLink(HttpMethod.Get, c, await DatePollArrange.TokenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId, c.World.MemberId))),
        ["PUT /api/date-polls/{groupId:guid}/answers"] = Own(async c =>
        {
            var poll = await DatePollArrange.OpenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId);
            var token = await DatePollArrange.TokenAsync(c.Cast.Grains, c.Cast.AdminActor, c.World.GroupId, c.World.MemberId);
            return DateLink(HttpMethod.Put, c, token) with { Body = new[] { new { optionId = poll.Options[0].Id, answer = "Yes" } } };
        }),

        ["GET /api/register"] = Shared(c => Get("/api/register")),
        ["GET /api/register/{id:guid}"] = Shared(c => Get($"/api/register/{c.World.Intentions.CallId}")),
        ["GET /api/register/{id:guid}.{format}"] = Shared(c => Get($"/api/register/{c.World.Intentions.CallId}.csv")),
        ["GET /api/submission"] = Shared(c => Provider(HttpMethod.Get, "/api/submission", c.World.SubmissionToken)),
        ["PUT /api/submission/draft"] = Own(async c =>
            Provider(HttpMethod.Put, "/api/submission/draft", await DraftToken(c)) with { Body = c.World.Intentions.Form() }),
        ["POST /api/submission/submit"] = Own(async c =>
            Provider(HttpMethod.Post, "/api/submission/submit", await DraftToken(c)) with { Body = c.World.Intentions.Form() }),
        ["POST /api/submission/attachments"] = Own(async c =>
            Provider(HttpMethod.Post, "/api/submission/attachments?name=rozpocet.pdf", await DraftToken(c)) with { Raw = IntentionArrange.Pdf }),
        ["DELETE /api/submission/attachments/{attachmentId:guid}"] = Own(async c =>
        {
            var token = await DraftToken(c);
            var hash = InviteTokens.Hash(token);
            var view = await c.Cast.Grains.GetGrain<IIntentionGrain>(await c.Cast.Grains.GetGrain<ISubmissionLinkGrain>(hash).Resolve()).GetSubmission(hash);
            return Provider(HttpMethod.Delete, $"/api/submission/attachments/{view.Attachments[0].Id}", token);
        }),
        ["GET /api/submission/attachments/{attachmentId:guid}"] = Shared(c =>
            Provider(HttpMethod.Get, $"/api/submission/attachments/{c.World.AttachmentId}", c.World.SubmissionToken)),
        ["GET /api/submission/objectives"] = Shared(c => Provider(HttpMethod.Get, "/api/submission/objectives", c.World.SubmissionToken)),

        ["GET /api/meetings/{id:guid}"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}")),
        ["GET /api/meetings/{id:guid}/minutes.{format}"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/minutes.md")),
        ["GET /api/meetings/{id:guid}/vision.{format}"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/vision.md")),
        ["GET /api/meetings/{id:guid}/minutes/public.{format}"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/minutes/public.md")),
        ["POST /api/meetings/{id:guid}/invites"] = Own(c => Post($"/api/meetings/{c.World.MeetingId}/invites", new { role = "Participant" })),
        ["GET /api/meetings/{id:guid}/invites"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/invites")),
        ["GET /api/meetings/{id:guid}/intentions"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/intentions")),
        ["POST /api/meetings/{id:guid}/intentions/{intentionId:guid}/guest-invite"] = Own(async c =>
        {
            await c.World.AddIntentionItemAsync();
            return Post($"/api/meetings/{c.World.MeetingId}/intentions/{c.World.IntentionId}/guest-invite", new { });
        }),
        ["POST /api/meetings/{id:guid}/invites/{inviteId:guid}/revoke"] = Own(async c =>
        {
            var invite = await MeetingSetup.InviteAsync(c.Cast.Admin, c.World.MeetingId, MeetingRole.Observer);
            return Post($"/api/meetings/{c.World.MeetingId}/invites/{invite.Info.InviteId}/revoke", new { });
        }),
        ["PUT /api/meetings/{id:guid}/public-watch"] = Own(c => Put($"/api/meetings/{c.World.MeetingId}/public-watch", new { enabled = true })),
        ["POST /api/meetings/{id:guid}/public-code"] = Own(async c =>
        {
            (await c.Cast.Admin.PutAsync($"/api/meetings/{c.World.MeetingId}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();
            return Post($"/api/meetings/{c.World.MeetingId}/public-code", new { });
        }),
        ["POST /api/meetings/{id:guid}/phase"] = Own(c => Post($"/api/meetings/{c.World.MeetingId}/phase", new { phase = "Live" })) with { Worlds = Worlds.FreshAfterAllowed },
        ["POST /api/meetings/{id:guid}/imports/vision"] = Own(c =>
            Post($"/api/meetings/{c.World.MeetingId}/imports/vision", new { text = VisionRecord, confirm = true })),
        ["GET /api/meetings/{id:guid}/polls/{pollId:guid}/result.csv"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/polls/{c.World.ClosedPollId}/result.csv")),
        ["GET /api/meetings/{id:guid}/proposals/rankings/{number:int}.csv"] = Shared(c => Get($"/api/meetings/{c.World.MeetingId}/proposals/rankings/1.csv")),
        ["POST /api/meetings/{id:guid}/watch"] = Own(async c =>
        {
            (await c.Cast.Admin.PutAsync($"/api/meetings/{c.World.MeetingId}/public-watch", new { enabled = true })).EnsureSuccessStatusCode();
            return Post($"/api/meetings/{c.World.MeetingId}/watch", new { displayName = World.Unique("Občan") });
        }),
        ["POST /api/join"] = Own(async c =>
        {
            var invite = await MeetingSetup.InviteAsync(c.Cast.Admin, c.World.MeetingId, MeetingRole.Participant);
            // The browser presents the tickets it holds, so a returning (or removed) person is recognised.
            return Post("/api/join", new { token = invite.Token, displayName = World.Unique("Host"), tickets = c.Ticket is { } t ? new[] { t } : [] });
        }),
        ["POST /api/join/code"] = Own(async c =>
        {
            var invite = await MeetingSetup.InviteAsync(c.Cast.Admin, c.World.MeetingId, MeetingRole.Participant);
            return Post("/api/join/code", new { code = invite.Code, displayName = World.Unique("Host"), tickets = c.Ticket is { } t ? new[] { t } : [] });
        }),
        ["POST /api/join/describe"] = Own(async c =>
            Post("/api/join/describe", new { code = (await MeetingSetup.InviteAsync(c.Cast.Admin, c.World.MeetingId, MeetingRole.Participant)).Code })),
        ["GET /api/ui-texts/{language}"] = Shared(c => Get("/api/ui-texts/cs")),

        ["ANY /hubs/meeting/negotiate"] = Shared(c => Post($"{MeetingHub.Path}/negotiate?negotiateVersion=1", null)),
        ["ANY /hubs/meeting"] = Shared(_ => new HttpCall(HttpMethod.Get, MeetingHub.Path, Send: ConnectAsync)),

        ["GET /openapi/{documentName}.json"] = Shared(c => Get("/openapi/v1.json")),

        ["ANY /health"] = Shared(c => Get("/health")),
        ["ANY /health/live"] = Shared(c => Get("/health/live")),
        ["ANY /health/ready"] = Shared(c => Get("/health/ready")),

        ["ANY /metrics"] = Shared(c => Get("/metrics")),
        ["GET /dashboard"] = Shared(c => Get("/dashboard/")),
        ["GET /dashboard/index.html"] = Shared(c => Get("/dashboard/index.html")),
        ["GET /dashboard/favicon.ico"] = Shared(c => Get("/dashboard/favicon.ico")),
        ["GET /dashboard/index.min.js"] = Shared(c => Get("/dashboard/index.min.js")),
        ["GET /dashboard/index.css"] = Shared(c => Get("/dashboard/index.css")),
        ["GET /dashboard/fonts/{**path}"] = Shared(c => Get("/dashboard/fonts/fa-solid-900.woff2")),
        ["GET /dashboard/img/{**path}"] = Shared(c => Get("/dashboard/img/OrleansLogo.png")),
        ["GET /dashboard/version"] = Shared(c => Get("/dashboard/version")),
        ["GET /dashboard/DashboardCounters"] = Shared(c => Get("/dashboard/DashboardCounters")),
        ["GET /dashboard/ClusterStats"] = Shared(c => Get("/dashboard/ClusterStats")),
        ["GET /dashboard/Reminders"] = Shared(c => Get("/dashboard/Reminders")),
        ["GET /dashboard/Reminders/{page:int}"] = Shared(c => Get("/dashboard/Reminders/1")),
        ["GET /dashboard/HistoricalStats/{*path}"] = Shared(c => Get($"/dashboard/HistoricalStats/{Silo(c)}")),
        ["GET /dashboard/SiloProperties/{*address}"] = Shared(c => Get($"/dashboard/SiloProperties/{Silo(c)}")),
        ["GET /dashboard/SiloMetadata/{*address}"] = Shared(c => Get($"/dashboard/SiloMetadata/{Silo(c)}")),
        ["GET /dashboard/SiloStats/{*address}"] = Shared(c => Get($"/dashboard/SiloStats/{Silo(c)}")),
        ["GET /dashboard/SiloCounters/{*address}"] = Shared(c => Get($"/dashboard/SiloCounters/{Silo(c)}")),
        ["GET /dashboard/GrainStats/{*grainName}"] = Shared(c => Get("/dashboard/GrainStats/CommunityPlanning.Meetings.MeetingGrain")),
        ["GET /dashboard/TopGrainMethods"] = Shared(c => Get("/dashboard/TopGrainMethods")),
        ["GET /dashboard/GrainState"] = Shared(c =>
            Get($"/dashboard/GrainState?grainId={c.World.MeetingId}&grainType=CommunityPlanning.Meetings.MeetingGrain")),
        ["GET /dashboard/LifecycleStages"] = Shared(c => Get("/dashboard/LifecycleStages")),
        ["GET /dashboard/GrainTypes"] = Shared(c => Get("/dashboard/GrainTypes")),
        // The silo's log as a stream: the answer's headers are enough.
        ["GET /dashboard/Trace"] = Shared(c => Get("/dashboard/Trace")),
    };

    private static HttpExercise Shared(Func<HttpCell, HttpCall> call) => new(c => Task.FromResult(call(c)), Worlds.Shared);

    private static HttpExercise Shared(Func<HttpCell, Task<HttpCall>> call) => new(call, Worlds.Shared);

    private static HttpExercise Own(Func<HttpCell, HttpCall> call) => new(c => Task.FromResult(call(c)), Worlds.Own);

    private static HttpExercise Own(Func<HttpCell, Task<HttpCall>> call) => new(call, Worlds.Own);

    private static HttpCall Get(string path) => new(HttpMethod.Get, path);

    private static HttpCall Post(string path, object? body) => new(HttpMethod.Post, path, body);

    private static HttpCall Put(string path, object body) => new(HttpMethod.Put, path, body);

    private static HttpCall Delete(string path) => new(HttpMethod.Delete, path);

    /// <summary>A new intention of the world's call in the state the step starts from.</summary>
    private static async Task<Guid> InState(HttpCell c, IntentionState state) => (await c.World.Intentions.InStateAsync(state)).Id;

    /// <summary>The token of a new draft intention (with an attachment) of the world's call.</summary>
    private static async Task<string> DraftToken(HttpCell c) => (await c.World.Intentions.InStateAsync(IntentionState.Draft)).Token;

    private static HttpCall Provider(HttpMethod method, string path, string token) =>
        new(method, path, Headers: new Dictionary<string, string> { [SubmissionAccess.Header] = token });

    private static HttpCall DateLink(HttpMethod method, HttpCell c, string token) =>
        new(method, $"/api/date-polls/{c.World.GroupId}/answers", Headers: new Dictionary<string, string> { [DatePollEndpoints.Header] = token });

    /// <summary>An address in this world, so the world's state shows whether a refused call made the account.</summary>
    private static string WorldEmail(HttpCell c) => $"pozvana-{c.World.Tag}-{Guid.NewGuid():N}@obec.example";

    /// <summary>An invited account of this world, for the administrators' calls on one account.</summary>
    private static async Task<Guid> WorldAccountAsync(HttpCell c) => (await c.Cast.InviteAccountAsync(WorldEmail(c))).Account.Id;

    /// <summary>A fresh invitation link's token (outside the world: nothing there depends on it).</summary>
    private static async Task<string> AccountLinkTokenAsync(HttpCell c) =>
        (await c.Cast.InviteAccountAsync($"odkaz-{Guid.NewGuid():N}@obec.example")).Url.Split('#')[1];

    private static async Task<long> ObjectiveVersionAsync(HttpCell c) =>
        (await c.World.PlanAsync()).TargetGroups[0].Goals[0].Objectives.Single(o => o.Id == c.World.ObjectiveId).Version;

    /// <summary>A new objective to remove, added by the administrator.</summary>
    private static async Task<(Guid Id, long Version)> NewObjectiveAsync(HttpCell c)
    {
        var text = World.Unique("Opatření");
        var plan = await c.Cast.Grains.GetGrain<IPlanGrain>(c.World.PlanId)
            .AddNode(c.Cast.AdminActor, new PlanNodeAddition(c.World.GoalId, new PlanNodeContent("O 9", text, null), null));
        var objective = plan.TargetGroups[0].Goals[0].Objectives.Single(o => o.Text == text);
        return (objective.Id, objective.Version);
    }

    /// <summary>The silo's address as the dashboard's routes take it.</summary>
    private static string Silo(HttpCell c) =>
        c.Cast.App.Host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString();

    /// <summary>A real SignalR connection with the role's cookie: what the endpoint is for. Connected counts as 200.</summary>
    private static async Task<HttpResponseMessage> ConnectAsync(CellClient client)
    {
        await using var connection = await LiveClient.ConnectAsync(client.BaseUri, client.Cookies);
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
    }
}
