using CommunityPlanning.Common;
using CommunityPlanning.Intentions;
using CommunityPlanning.Scheduling;

namespace CommunityPlanning.Web.Common;

/// <summary>Error codes to HTTP answers: a problem document whose <c>code</c> is the documented error code.</summary>
public static class ErrorResponses
{
    public static int StatusFor(string code) => code switch
    {
        ErrorCodes.NotFound or ErrorCodes.InviteInvalid or ErrorCodes.JoinCodeInvalid or ErrorCodes.MinutesVersionUnknown
            or ErrorCodes.MinutesNotApproved => StatusCodes.Status404NotFound,
        ErrorCodes.Forbidden or ErrorCodes.PublicWatchDisabled or ErrorCodes.ArrivalsClosed or ErrorCodes.ParticipantRemoved
            or ErrorCodes.ParticipantMuted => StatusCodes.Status403Forbidden,
        ErrorCodes.Unauthenticated or ErrorCodes.InvalidCredentials or ErrorCodes.TicketInvalid => StatusCodes.Status401Unauthorized,
        ErrorCodes.SignInThrottled or ErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCodes.AccountLinkInvalid => StatusCodes.Status404NotFound,
        ErrorCodes.InviteExpired or ErrorCodes.InviteRevoked or ErrorCodes.AccountLinkExpired or ErrorCodes.PollResultWithheld
            => StatusCodes.Status410Gone,
        ErrorCodes.AlreadyExists or ErrorCodes.AccountExists or ErrorCodes.MeetingEnded or ErrorCodes.InvalidPhaseChange
            or ErrorCodes.PollResultsHidden or ErrorCodes.PlanConflict or ErrorCodes.ImportMeetingExists or ErrorCodes.ParticipantNameTaken or ErrorCodes.ParticipantSeatInUse
            => StatusCodes.Status409Conflict,
        ErrorCodes.PayloadTooLarge or IntentionErrorCodes.AttachmentTooLarge => StatusCodes.Status413PayloadTooLarge,
        IntentionErrorCodes.InvalidTransition or IntentionErrorCodes.DeadlinePassed or IntentionErrorCodes.NotReady or IntentionErrorCodes.WrongMeeting
            or IntentionErrorCodes.CallClosed => StatusCodes.Status409Conflict,
        IntentionErrorCodes.LinkInvalid => StatusCodes.Status404NotFound,
        IntentionErrorCodes.LinkRevoked or IntentionErrorCodes.LinkExpired => StatusCodes.Status410Gone,
        DatePollErrorCodes.AlreadyOpen or DatePollErrorCodes.Closed => StatusCodes.Status409Conflict,
        DatePollErrorCodes.LinkInvalid => StatusCodes.Status404NotFound,
        DatePollErrorCodes.LinkRevoked or DatePollErrorCodes.LinkExpired => StatusCodes.Status410Gone,
        IntentionErrorCodes.AttachmentType or ErrorCodes.ImportUnsupportedFile => StatusCodes.Status415UnsupportedMediaType,
        ErrorCodes.ClusterUnavailable or ErrorCodes.StorageUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    public static IResult Problem(string code, string? detail = null) =>
        TypedResults.Problem(
            statusCode: StatusFor(code),
            title: code,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code });

    /// <summary>The code for a framework-made error answer that carries none (binding failures, size limits).</summary>
    public static string? CodeForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.PayloadMalformed,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        _ => null,
    };
}
