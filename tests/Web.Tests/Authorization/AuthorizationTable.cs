using CommunityPlanning.Audience;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Scheduling;
using CommunityPlanning.Voting;
using CommunityPlanning.Web.Meetings;
using static CommunityPlanning.Web.Tests.Authorization.Expect;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// Who may call what: every HTTP endpoint ("METHOD route pattern", as the app's EndpointDataSource lists it) and every
/// MeetingHub method, with what each role gets. A missing endpoint or method, or a row for one that is gone, fails the
/// matrix. How each is exercised is in <see cref="HttpExercises"/> and <see cref="HubExercises"/>.
/// </summary>
public static class AuthorizationTable
{
    /// <summary>Endpoint rows are "METHOD route"; hub rows are a method's name, or "Execute:kind" for each meeting command.</summary>
    public static bool IsEndpoint(string key) => key.Contains(' ', StringComparison.Ordinal);

    /// <summary>The row of one kind of <see cref="MeetingCommand"/> sent through <see cref="MeetingHub.Execute"/>.</summary>
    public static string Execute<T>() where T : MeetingCommand => HubMatrix.CommandRow(typeof(T));

    /// <summary>Endpoints that are not calls of the application, with the reason they are left out.</summary>
    public static readonly IReadOnlyDictionary<string, string> Ignored = new Dictionary<string, string>
    {
        ["GET,HEAD {*path:nonfile}"] = "the single-page app's fallback to index.html: the same public page for every address",
        ["ANY /api/{*path:nonfile}"] = "the API's 404 for addresses that are no endpoint",
    };

    /// <summary>The columns: see <see cref="Role"/>.</summary>
    public static readonly IReadOnlyDictionary<string, Expect[]> Rows = new Dictionary<string, Expect[]>
    {
        //                                                                     Anonymous     Observer      Participant   Removed       OtherMtgFac   OtherGrpOrg   GroupOrg      Admin
        // Accounts and sign-in (Web/Accounts)
        ["GET /api/auth/antiforgery"] =                                       [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/auth/sign-in"] =                                          [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/auth/sign-out"] =                                         [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/auth/me"] =                                                [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       OK,           OK,           OK],
        ["POST /api/auth/password"] =                                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       OK,           OK,           OK],
        ["POST /api/auth/links/describe"] =                                   [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/auth/links/redeem"] =                                     [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/accounts"] =                                               [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/accounts"] =                                              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/accounts/{accountId:guid}/link"] =                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/accounts/{accountId:guid}/active"] =                       [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],

        // Working groups: the directory for every organizer, the rest behind GroupScope (managers and administrators)
        ["GET /api/working-groups"] =                                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       OK,           OK,           OK],
        ["POST /api/working-groups"] =                                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       OK,           OK,           OK],
        ["GET /api/working-groups/{id:guid}"] =                               [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/working-groups/{id:guid}/calendar.ics"] =                  [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/calendar-feed"] =                [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/calendar/{token}.ics"] =                                   [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/working-groups/{id:guid}/members"] =                      [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["PUT /api/working-groups/{id:guid}/members/{memberId:guid}"] =       [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["PUT /api/working-groups/{id:guid}/managers"] =                      [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/working-groups/{id:guid}/schedule"] =                      [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/meetings"] =                     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/vision-documents"] =             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/working-groups/{id:guid}/tasks"] =                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/working-groups/{id:guid}/record-form"] =                   [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["PUT /api/working-groups/{id:guid}/record-form"] =                   [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/imports/plan"] =                 [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/imports/minutes"] =              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/working-groups/{id:guid}/plans"] =                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/vision-documents/{id:guid}"] =                             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/plans/{id:guid}"] =                                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/plans/{id:guid}.{format}"] =                               [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/plans/{id:guid}/trace"] =                                  [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/plans/{id:guid}/nodes"] =                                 [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["PUT /api/plans/{id:guid}/nodes/{nodeId:guid}"] =                    [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["DELETE /api/plans/{id:guid}/nodes/{nodeId:guid}"] =                 [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/plans/{id:guid}/nodes/{nodeId:guid}/move"] =              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],

        // Finding the next date (Web/Scheduling): the group's managers run the poll; members answer through their link
        ["GET /api/working-groups/{id:guid}/date-poll"] =                     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/date-poll"] =                    [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/date-poll/links/{memberId:guid}"] = [Unauth,    Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["DELETE /api/working-groups/{id:guid}/date-poll/links/{memberId:guid}"] = [Unauth,  Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/date-poll/choose"] =             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/working-groups/{id:guid}/date-poll/close"] =              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/date-polls/{groupId:guid}/answers"] =                      [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["PUT /api/date-polls/{groupId:guid}/answers"] =                      [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // Development intentions (Web/Intentions): administrators run calls and the procedure; a group's managers read
        // the calls of their group with what was submitted to it; the intention grain checks who asks again
        ["GET /api/intention-calls"] =                                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       OK,           OK,           OK],
        ["POST /api/intention-calls"] =                                       [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["GET /api/intention-calls/{id:guid}"] =                              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/intention-calls/{id:guid}/close"] =                       [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/intention-calls/{id:guid}/intentions"] =                  [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["GET /api/intentions/{id:guid}"] =                                   [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/intentions/{id:guid}/attachments/{attachmentId:guid}"] =   [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/intentions/{id:guid}/link"] =                             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["DELETE /api/intentions/{id:guid}/link"] =                           [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/intentions/{id:guid}/complete"] =                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/intentions/{id:guid}/return"] =                           [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/intentions/{id:guid}/working-group"] =                     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/intentions/{id:guid}/statement"] =                         [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["POST /api/intentions/{id:guid}/statement/attachment"] =             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/intentions/{id:guid}/outcome"] =                           [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        ["PUT /api/intentions/{id:guid}/realisation"] =                       [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],
        // The public register of a call: anyone (no drafts, no personal contact data)
        ["GET /api/register"] =                                               [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/register/{id:guid}"] =                                     [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/register/{id:guid}.{format}"] =                            [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        // The provider's form: whoever holds the submission link (X-Submission-Link), with or without a cookie or ticket
        ["GET /api/submission"] =                                             [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["PUT /api/submission/draft"] =                                       [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/submission/submit"] =                                     [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/submission/attachments"] =                                [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["DELETE /api/submission/attachments/{attachmentId:guid}"] =          [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/submission/attachments/{attachmentId:guid}"] =             [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/submission/objectives"] =                                  [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // Meetings: organizers by the meeting grain's roster (managers of the group and administrators are its facilitators);
        // the records also by a participant's ticket, never an observer's
        ["GET /api/meetings/{id:guid}"] =                                     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/minutes.{format}"] =                    [Unauth,       Forbid,       OK,           Removed,      BadTicket,    Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/vision.{format}"] =                     [Unauth,       Forbid,       OK,           Removed,      BadTicket,    Forbid,       OK,           OK],
        // The public version of approved minutes: observers too (by their ticket), people as the public sees them
        ["GET /api/meetings/{id:guid}/minutes/public.{format}"] =             [Unauth,       OK,           OK,           Removed,      BadTicket,    Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/invites"] =                            [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/invites"] =                             [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/intentions"] =                          [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/intentions/{intentionId:guid}/guest-invite"] = [Unauth, Unauth,      Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/invites/{inviteId:guid}/revoke"] =     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["PUT /api/meetings/{id:guid}/public-watch"] =                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/public-code"] =                        [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/phase"] =                              [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["POST /api/meetings/{id:guid}/imports/vision"] =                     [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/polls/{pollId:guid}/result.csv"] =      [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        ["GET /api/meetings/{id:guid}/proposals/rankings/{number:int}.csv"] = [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       OK,           OK],
        // Public watching is on in this row's world; the invite token is a new one. A removed person's browser presents its ticket and is recognised.
        ["POST /api/meetings/{id:guid}/watch"] =                              [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["POST /api/join"] =                                                  [OK,           OK,           OK,           Removed,      OK,           OK,           OK,           OK],
        // A code of a new invite: as the link, a removed person's ticket gives them away; describing reveals only the meeting
        ["POST /api/join/code"] =                                             [OK,           OK,           OK,           Removed,      OK,           OK,           OK,           OK],
        ["POST /api/join/describe"] =                                         [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["GET /api/ui-texts/{language}"] =                                    [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // The live channel: anyone connects; who they are is fixed by JoinMeeting (below)
        ["ANY /hubs/meeting/negotiate"] =                                     [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["ANY /hubs/meeting"] =                                               [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // The HTTP API's OpenAPI document: public, as it holds routes and shapes only (the client's code shows them too), no data
        ["GET /openapi/{documentName}.json"] =                                [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // Metrics (Web/Telemetry): administrators, or a scraper with the configured bearer token (MetricsTests)
        ["ANY /metrics"] =                                                    [Unauth,       Unauth,       Unauth,       Unauth,       Unauth,       Forbid,       Forbid,       OK],

        // Health for load balancers
        ["ANY /health"] =                                                     [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["ANY /health/live"] =                                                [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        ["ANY /health/ready"] =                                               [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],

        // The Orleans dashboard shows the whole cluster (every group's grains, the silo's live log): administrators only
        // (AdministratorPolicy). Browsers without the cookie go to sign in; other organizers get 403 forbidden.
        ["GET /dashboard"] =                                                  [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/index.html"] =                                       [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/favicon.ico"] =                                      [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/index.min.js"] =                                     [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/index.css"] =                                        [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/fonts/{**path}"] =                                   [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/img/{**path}"] =                                     [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/version"] =                                          [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/DashboardCounters"] =                                [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/ClusterStats"] =                                     [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/Reminders"] =                                        [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/Reminders/{page:int}"] =                             [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/HistoricalStats/{*path}"] =                          [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/SiloProperties/{*address}"] =                        [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/SiloMetadata/{*address}"] =                          [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/SiloStats/{*address}"] =                             [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/SiloCounters/{*address}"] =                          [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/GrainStats/{*grainName}"] =                          [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/TopGrainMethods"] =                                  [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/GrainState"] =                                       [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/LifecycleStages"] =                                  [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/GrainTypes"] =                                       [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],
        ["GET /dashboard/Trace"] =                                            [ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     ToSignIn,     Forbid,       Forbid,       OK],

        // MeetingHub: JoinMeeting fixes who the connection is; every other call names a meeting it joined (else meeting.not_joined)
        // and the meeting's roster grain checks the role (RoleFor, Authorize, AuthorizeDocument).
        [nameof(MeetingHub.JoinMeeting)] =                                    [HubUnauth,    OK,           OK,           HubRemoved,   HubBadTicket, HubForbid,    OK,           OK],
        // Leaving a meeting the connection is not in does nothing, so it is no refusal.
        [nameof(MeetingHub.LeaveMeeting)] =                                   [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        [nameof(MeetingHub.GetServerTime)] =                                  [OK,           OK,           OK,           OK,           OK,           OK,           OK,           OK],
        [nameof(MeetingHub.GetSnapshot)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetAudience)] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetVisionDocument)] =                              [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.ChangePhase)] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // Documents: everyone joined reads, participants write, facilitators lock and adopt
        [nameof(MeetingHub.OpenDocument)] =                                   [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.OpenMinutes)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.SubmitEdit)] =                                     [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetEdits)] =                                       [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.MoveCaret)] =                                      [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.SetLock)] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetComments)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.AddComment)] =                                     [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.ReplyToComment)] =                                 [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.SetCommentStatus)] =                               [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetHistory)] =                                     [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetVersion)] =                                     [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.RestoreVersion)] =                                 [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.AdoptWording)] =                                   [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetAdoptedWordings)] =                             [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetPlans)] =                                       [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // Facilitation: participants raise and lower their own hand and end their own turn; the rest is the facilitator's
        [Execute<AddAgendaItem>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<UpdateAgendaItem>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RemoveAgendaItem>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MoveAgendaItem>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetCurrentAgendaItem>()] =                                   [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<StartTimer>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<PauseTimer>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ResumeTimer>()] =                                            [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ExtendTimer>()] =                                            [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ResetTimer>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ClearTimer>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RaiseHand>()] =                                              [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<LowerHand>()] =                                              [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ReorderSpeakers>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<GiveFloor>()] =                                              [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<EndFloor>()] =                                               [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetSpeakingLimit>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetFocus>()] =                                               [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<BlankRoomScreen>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // The room screen's join card: everyone joined reads it; the participants' code is in it for facilitators only.
        [nameof(MeetingHub.GetJoinCard)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MuteParticipant>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RemoveParticipant>()] =                                      [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ReadmitParticipant>()] =                                     [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MergeSeats>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetArrivalsClosed>()] =                                      [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<HandOverLead>()] =                                           [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MarkAttendance>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetAttendeeKind>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<AddRoomAttendee>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // Hybrid meetings: the facilitator sets the video-call link and the room; only participants and facilitators read the link.
        [Execute<SetHybrid>()] =                                              [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetVideoCall)] =                                   [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // Polls and the proposals board: participants vote, propose, place dots and link their own proposals
        [Execute<CreatePoll>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<OpenPoll>()] =                                               [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ClosePoll>()] =                                              [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RecuseVoter>()] =                                            [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetVotingRight>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // Development intentions: facilitators only, on the world's intention (its real grain) and its item and poll.
        [Execute<AddIntentionItem>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<CreateIntentionPoll>()] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RecuseMember>()] =                                           [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetSeatMember>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // What the public sees of oneself: each participant and facilitator sets their own; observers are never named.
        [Execute<SetPublicName>()] =                                          [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // The questions' section in the minutes: the facilitator's choice.
        [Execute<SetQuestionsInMinutes>()] =                                  [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.CastVote)] =                                       [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // One's own ballot: an observer has none (null), and a secret ballot is found only by its receipt.
        [nameof(MeetingHub.GetBallot)] =                                      [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.GetBoard)] =                                       [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // Questions from the audience: observers ask, upvote and read; the facilitator (or a participant named question
        // moderator, which the world's participant is not) moderates
        [nameof(MeetingHub.GetQuestions)] =                                   [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.AskQuestion)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.UpvoteQuestion)] =                                 [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetQuestionState>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MergeQuestions>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetQuestionModerator>()] =                                   [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // Input on someone's behalf: the facilitator lets a participant enter for others (the vote itself is CastVote's row).
        [Execute<AllowProxy>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // Quick polls of the room: everyone reads the word cloud; observers answer and react once the facilitator allows
        // it (as the exercise does), participants always; the facilitator opens, closes, hides and allows.
        [nameof(MeetingHub.GetWordCloud)] =                                   [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.SubmitWord)] =                                     [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [nameof(MeetingHub.React)] =                                          [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<OpenWordCloud>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<CloseWordCloud>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetWordHidden>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetAudienceInput>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetAudienceReactions>()] =                                   [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetWordCloudInMinutes>()] =                                  [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<AddProposal>()] =                                            [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<EditProposal>()] =                                           [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MoveProposal>()] =                                           [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<MergeProposals>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RemoveProposal>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<LinkProposal>()] =                                           [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetBrainstorm>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RevealProposals>()] =                                        [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<StartPrioritisation>()] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<PlaceDots>()] =                                              [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ClosePrioritisation>()] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // The record: the facilitator's
        [Execute<AddActionItem>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<UpdateActionItem>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetActionItemStatus>()] =                                    [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<RemoveActionItem>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<CarryOverActionItems>()] =                                   [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetMinutesFooter>()] =                                       [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ApproveMinutes>()] =                                         [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<SetMinutesItemContinues>()] =                                [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        // Tasks typed in the notes, made tasks while whoever writes the notes types
        [Execute<SyncNotedTasks>()] =                                         [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],

        // Finding the next date inside the meeting: everyone reads the counts; a seat that is a member of the group
        // answers (the world's participant, and the facilitators, are linked to the world's member first); the
        // facilitator proposes and chooses.
        [nameof(MeetingHub.GetDatePoll)] =                                    [NotJoined,    OK,           OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<StartDatePoll>()] =                                          [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<AnswerDatePoll>()] =                                         [NotJoined,    HubForbid,    OK,           NotJoined,    NotJoined,    NotJoined,    OK,           OK],
        [Execute<ChooseDate>()] =                                             [NotJoined,    HubForbid,    HubForbid,    NotJoined,    NotJoined,    NotJoined,    OK,           OK],
    };
}
