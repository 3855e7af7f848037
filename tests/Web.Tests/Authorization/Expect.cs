using System.Net;
using CommunityPlanning.Common;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>What one cell of the matrix expects: the call goes through, is refused with a documented code, or is sent elsewhere.</summary>
public abstract record Expect
{
    /// <summary>HTTP 2xx; on the hub, the call returns without a HubException.</summary>
    public static readonly Expect OK = new Allowed();

    // HTTP refusals: the status and the problem document's code (docs/protocol.md, "Error codes").
    public static readonly Expect Unauth = new Refused(ErrorCodes.Unauthenticated, HttpStatusCode.Unauthorized);
    public static readonly Expect Forbid = new Refused(ErrorCodes.Forbidden, HttpStatusCode.Forbidden);
    public static readonly Expect Removed = new Refused(ErrorCodes.ParticipantRemoved, HttpStatusCode.Forbidden);
    public static readonly Expect BadTicket = new Refused(ErrorCodes.TicketInvalid, HttpStatusCode.Unauthorized);

    // Pages outside /api send an anonymous browser to sign in instead of answering 401 (CommunityPlanningApp.Deny).
    public static readonly Expect ToSignIn = new Redirected("/signin");

    // Hub refusals: the HubException's code.
    public static readonly Expect NotJoined = new Refused(ErrorCodes.NotJoined, null);
    public static readonly Expect HubForbid = new Refused(ErrorCodes.Forbidden, null);
    public static readonly Expect HubUnauth = new Refused(ErrorCodes.Unauthenticated, null);
    public static readonly Expect HubRemoved = new Refused(ErrorCodes.ParticipantRemoved, null);
    public static readonly Expect HubBadTicket = new Refused(ErrorCodes.TicketInvalid, null);

    // Hub calls that passed authorization and were refused for their input (no such thing to act on).
    public static readonly Expect HubInvalid = new Refused(ErrorCodes.InvalidValue, null);
    public static readonly Expect HubNotFound = new Refused(ErrorCodes.NotFound, null);

    public sealed record Allowed : Expect
    {
        public override string ToString() => "allowed";
    }

    /// <param name="Status">The HTTP status; null for a hub call.</param>
    public sealed record Refused(string Code, HttpStatusCode? Status) : Expect
    {
        public override string ToString() => Status is { } status ? $"{(int)status} {Code}" : Code;
    }

    /// <summary>A 302 whose Location starts with <paramref name="To"/>.</summary>
    public sealed record Redirected(string To) : Expect
    {
        public override string ToString() => $"302 to {To}";
    }
}
