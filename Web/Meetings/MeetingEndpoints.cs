using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Localization;
using CommunityPlanning.Web.Records;
using CommunityPlanning.Web.Security;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.Http.HttpResults;
using CommunityPlanning.Web.Common;

namespace CommunityPlanning.Web.Meetings;

public sealed record CreateInviteRequest(MeetingRole Role, DateTimeOffset? ExpiresAt);

/// <summary>
/// A new invite: its link and code are shown once; afterwards only <see cref="Info"/> is listed. <see cref="CodeUrl"/>
/// carries the code in the fragment (for the QR code), <see cref="Code"/> is shown as "ABC-123".
/// </summary>
public sealed record InviteLink(InviteInfo Info, string Token, string Url, string? Code = null, string? CodeUrl = null)
{
    public static InviteLink Of(HttpContext http, CreatedInvite invite) =>
        new(invite.Info, invite.Token, $"{PublicOrigin.Of(http)}/join#{invite.Token}", invite.Code, invite.Code is { } c ? MeetingEndpoints.CodeUrl(http, c) : null);
}

/// <summary>The public observer link's join code, shown to the facilitator when issued.</summary>
public sealed record JoinCodeLink(string Code, string CodeUrl);

public sealed record PublicWatchRequest(bool Enabled);

public sealed record PhaseRequest(MeetingPhase Phase);

/// <summary>
/// An invite token and a name; <see cref="Tickets"/> are the tickets the browser holds, so a returning person gets their
/// seat back. <see cref="ConfirmSeat"/>: the person confirmed that the seat of this name on this invite is theirs
/// (asked after <c>participant.name_taken</c>).
/// </summary>
public sealed record JoinRequest(string? Token, string? DisplayName, IReadOnlyList<string>? Tickets = null, bool ConfirmSeat = false);

/// <summary>A name to watch under; <see cref="Tickets"/> as in <see cref="JoinRequest"/>, so a removed person is recognised.</summary>
public sealed record WatchRequest(string? DisplayName, IReadOnlyList<string>? Tickets = null);

/// <summary>A join code (typed in any case, with spaces or hyphens), a name, the browser's tickets and the confirmation as in <see cref="JoinRequest"/>.</summary>
public sealed record JoinCodeRequest(string? Code, string? DisplayName, IReadOnlyList<string>? Tickets = null, bool ConfirmSeat = false);

/// <summary>An invite token or a join code to describe (one of them).</summary>
public sealed record DescribeJoinRequest(string? Token, string? Code);

/// <summary>What an invite or code admits to, and nothing else: shown before the person gives their name.</summary>
public sealed record JoinDescription(string Title, string GroupName, DateTimeOffset StartsAt, string? Place, MeetingRole Role);

/// <summary>What a person gets on joining: the ticket to present to the live channel.</summary>
public sealed record JoinResult(Guid MeetingId, Guid ParticipantId, MeetingRole Role, string DisplayName, string Ticket);

public static class MeetingEndpoints
{
    /// <summary>The most tickets one join request may present (a browser keeps one per meeting).</summary>
    public const int MaxHeldTickets = 20;

    public static RouteGroupBuilder MapMeetings(this RouteGroupBuilder api)
    {
        var meetings = api.MapGroup("/meetings/{id:guid}");

        meetings.MapGet("/", async Task<Ok<MeetingSnapshot>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Meeting(grains, id).GetSnapshot(OrganizerClaims.RequireActor(http.User))))
            .RequireAuthorization();

        // The minutes as they stand now, or an approved version: DOCX, Markdown or a page to print.
        meetings.MapGet("/minutes.{format}", async (Guid id, string format, int? version, string? lang, HttpContext http, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            var minutes = await Meeting(grains, id).GetMinutes(MeetingCaller.Resolve(http, id, tickets), version);
            return MinutesExport.File(minutes, format, UiTextEndpoints.Language(lang));
        });

        meetings.MapPost("/invites", async Task<Created<InviteLink>> (Guid id, CreateInviteRequest request, HttpContext http, IGrainFactory grains) =>
        {
            var invite = await Meeting(grains, id).CreateInvite(OrganizerClaims.RequireActor(http.User), request.Role, request.ExpiresAt);
            var link = InviteLink.Of(http, invite);
            return TypedResults.Created($"/api/meetings/{id}/invites/{invite.Info.InviteId}", link);
        }).RequireAuthorization();

        meetings.MapGet("/invites", async Task<Ok<IReadOnlyList<InviteInfo>>> (Guid id, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Meeting(grains, id).ListInvites(OrganizerClaims.RequireActor(http.User))))
            .RequireAuthorization();

        meetings.MapPost("/invites/{inviteId:guid}/revoke", async Task<Ok<InviteInfo>> (Guid id, Guid inviteId, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Meeting(grains, id).RevokeInvite(OrganizerClaims.RequireActor(http.User), inviteId)))
            .RequireAuthorization();

        meetings.MapPut("/public-watch", async Task<Ok<MeetingDetails>> (Guid id, PublicWatchRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Meeting(grains, id).SetPublicWatch(OrganizerClaims.RequireActor(http.User), request.Enabled)))
            .RequireAuthorization();

        meetings.MapPost("/public-code", async Task<Ok<JoinCodeLink>> (Guid id, HttpContext http, IGrainFactory grains) =>
        {
            var code = await Meeting(grains, id).IssuePublicCode(OrganizerClaims.RequireActor(http.User));
            return TypedResults.Ok(new JoinCodeLink(code, CodeUrl(http, code)));
        }).RequireAuthorization();

        meetings.MapPost("/phase", async Task<Ok<MeetingDetails>> (Guid id, PhaseRequest request, HttpContext http, IGrainFactory grains) =>
            TypedResults.Ok(await Meeting(grains, id).ChangePhase(OrganizerClaims.RequireActor(http.User), request.Phase)))
            .RequireAuthorization();

        meetings.MapPost("/watch", async Task<Ok<JoinResult>> (Guid id, WatchRequest request, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            var entry = await grains.GetGrain<IMeetingRosterGrain>(id).AdmitPublicObserver(request.DisplayName ?? "", Held(request.Tickets, tickets).FirstOrDefault(s => s.MeetingId == id)?.ParticipantId);
            return TypedResults.Ok(Joined(id, entry, tickets));
        });

        api.MapPost("/join", async Task<Ok<JoinResult>> (JoinRequest request, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            if (!InviteTokens.IsWellFormed(request.Token))
            {
                throw new DomainException(ErrorCodes.InviteInvalid);
            }

            TextRules.Name(request.DisplayName);
            var admission = await grains.GetGrain<IInviteGrain>(InviteTokens.Hash(request.Token!)).Redeem(request.DisplayName!, Held(request.Tickets, tickets), request.ConfirmSeat);
            return TypedResults.Ok(Joined(admission.MeetingId, admission.Entry, tickets));
        });

        // Everything that names a code is rate-limited per client address: a six-character code can be guessed.
        api.MapPost("/join/describe", async Task<Ok<JoinDescription>> (DescribeJoinRequest request, IGrainFactory grains) =>
        {
            var preview = request.Code is not null
                ? await CodeGrain(grains, request.Code).Describe()
                : InviteTokens.IsWellFormed(request.Token)
                    ? await grains.GetGrain<IInviteGrain>(InviteTokens.Hash(request.Token!)).Describe()
                    : throw new DomainException(ErrorCodes.InviteInvalid);
            var group = await grains.GetGrain<IWorkingGroupGrain>(preview.WorkingGroupId).Get();
            return TypedResults.Ok(new JoinDescription(preview.Title, group.Name, preview.StartsAt, preview.Place, preview.Role));
        }).RequireRateLimiting(JoinCodeRateLimits.Policy);

        api.MapPost("/join/code", async Task<Ok<JoinResult>> (JoinCodeRequest request, IGrainFactory grains, ParticipantTickets tickets) =>
        {
            var code = CodeGrain(grains, request.Code);
            TextRules.Name(request.DisplayName);
            var admission = await code.Redeem(request.DisplayName!, Held(request.Tickets, tickets), request.ConfirmSeat);
            return TypedResults.Ok(Joined(admission.MeetingId, admission.Entry, tickets));
        }).RequireRateLimiting(JoinCodeRateLimits.Policy);

        return api;
    }

    /// <summary>The code's grain; a code that cannot be one is refused like any wrong code.</summary>
    private static IJoinCodeGrain CodeGrain(IGrainFactory grains, string? typed) =>
        JoinCodes.Normalize(typed) is { } code
            ? grains.GetGrain<IJoinCodeGrain>(JoinCodes.Hash(code))
            : throw new DomainException(ErrorCodes.JoinCodeInvalid);

    /// <summary>In the fragment, which browsers never send: the code stays out of the server's and proxies' logs.</summary>
    internal static string CodeUrl(HttpContext http, string code) => $"{PublicOrigin.Of(http)}/join#code={code}";

    private static IMeetingGrain Meeting(IGrainFactory grains, Guid id) => grains.GetGrain<IMeetingGrain>(id);

    /// <summary>The seats the browser's tickets prove (forged or expired ones are ignored).</summary>
    private static List<HeldSeat> Held(IReadOnlyList<string>? presented, ParticipantTickets tickets) =>
        [.. (presented ?? []).Take(MaxHeldTickets).Select(tickets.TryRead).OfType<HeldSeat>()];

    private static JoinResult Joined(Guid meetingId, RosterEntry entry, ParticipantTickets tickets) =>
        new(meetingId, entry.ParticipantId, entry.Role, entry.DisplayName, tickets.Issue(meetingId, entry.ParticipantId));
}
