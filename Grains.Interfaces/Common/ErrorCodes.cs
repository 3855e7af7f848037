namespace CommunityPlanning.Common;

/// <summary>Every error code the system returns; docs/protocol.md lists them with their meaning.</summary>
public static class ErrorCodes
{
    // Imports and plans.
    public const string PlanConflict = "plan.conflict";
    public const string ImportNothingFound = "import.nothing_found";
    public const string ImportUnsupportedFile = "import.unsupported_file";
    public const string ImportMalformedFile = "import.malformed_file";
    public const string ImportMeetingExists = "import.meeting_exists";

    public const string Required = "validation.required";
    public const string TooLong = "validation.too_long";
    public const string ControlCharacters = "validation.control_characters";
    public const string InvalidValue = "validation.invalid_value";
    public const string PayloadTooLarge = "payload.too_large";
    public const string PayloadMalformed = "payload.malformed";

    /// <summary>A hub frame of a message type the server does not take from clients; the connection is closed.</summary>
    public const string PayloadUnknownType = "payload.unknown_type";
    public const string NotFound = "not_found";
    public const string Forbidden = "forbidden";
    public const string Unauthenticated = "unauthenticated";
    public const string AntiforgeryFailed = "antiforgery.failed";
    public const string InvalidCredentials = "auth.invalid_credentials";
    public const string SignInThrottled = "auth.throttled";
    public const string RateLimited = "rate_limited";
    public const string AccountLinkInvalid = "account_link.invalid";
    public const string AccountLinkExpired = "account_link.expired";
    public const string AccountExists = "auth.account_exists";
    public const string InviteInvalid = "invite.invalid";
    public const string InviteExpired = "invite.expired";
    public const string InviteRevoked = "invite.revoked";
    public const string JoinCodeInvalid = "join_code.invalid";
    public const string TicketInvalid = "ticket.invalid";
    public const string PublicWatchDisabled = "meeting.public_watch_disabled";
    public const string MeetingEnded = "meeting.ended";
    public const string InvalidPhaseChange = "meeting.invalid_phase_change";

    /// <summary>A meeting's video-call link must be one absolute https address (no spaces, no user name or password).</summary>
    public const string VideoCallInvalid = "meeting.video_call_invalid";
    public const string NotJoined = "meeting.not_joined";
    public const string AlreadyExists = "already_exists";
    public const string DocumentLocked = "document.locked";
    public const string DocumentNotOpen = "document.not_open";
    public const string RevisionUnknown = "text.revision_unknown";
    public const string StorageUnavailable = "storage.unavailable";

    /// <summary>The cluster could not answer now (a silo is down or restarting): retry; an edit with the same operation id.</summary>
    public const string ClusterUnavailable = "cluster.unavailable";
    public const string TextLengthMismatch = Documents.Text.TextErrors.LengthMismatch;
    public const string TextSurrogateSplit = Documents.Text.TextErrors.SurrogateSplit;
    public const string TextTooLarge = Documents.Text.TextErrors.TooLarge;
    public const string ParticipantMuted = "participant.muted";
    public const string ParticipantRemoved = "participant.removed";

    /// <summary>Someone came by the same invite under this name: confirm it is you to take that seat back, or choose another name.</summary>
    public const string ParticipantNameTaken = "participant.name_taken";

    /// <summary>The seat of this name is connected right now: it cannot be taken over; close it there, or choose another name.</summary>
    public const string ParticipantSeatInUse = "participant.seat_in_use";

    /// <summary>Merging a seat into itself.</summary>
    public const string MergeSameSeat = "participant.merge_same";

    /// <summary>Seats that cannot be merged: an organizer's own seat, a removed one, or two of different roles.</summary>
    public const string MergeInvalid = "participant.merge_invalid";

    /// <summary>Both seats voted in a poll that is open and secret: the ballots cannot be told apart until it closes.</summary>
    public const string MergeSecretBallots = "participant.merge_secret_ballots";
    public const string ArrivalsClosed = "meeting.arrivals_closed";
    public const string NoTimer = "timer.none";
    public const string NotInQueue = "speakers.not_in_queue";
    public const string PollSecretLive = "poll.secret_live_results";
    public const string PollNotOpen = "poll.not_open";
    public const string PollNotEligible = "poll.not_eligible";
    public const string PollAlreadyVoted = "poll.already_voted";
    public const string BallotInvalid = "poll.ballot_invalid";
    public const string TooManyDots = "poll.too_many_dots";
    public const string ReceiptInvalid = "poll.receipt_invalid";
    public const string PollResultsHidden = "poll.results_hidden";
    public const string PollTurnoutTooLow = "poll.turnout_too_low";
    public const string PollResultWithheld = "poll.result_withheld";

    /// <summary>An intention could not be asked, or a closed poll's result not handed to it (the poll's result stays).</summary>
    public const string IntentionUnavailable = "intention.unavailable";
    public const string ActionItemCarried = "task.carried_over";
    public const string MinutesVersionUnknown = "minutes.version_unknown";

    /// <summary>The public version of the minutes exists only once a version is approved.</summary>
    public const string MinutesNotApproved = "minutes.not_approved";

    // Questions from the audience.
    public const string QuestionRateLimited = "question.rate_limited";
    public const string QuestionsBusy = "questions.busy";
    public const string QuestionsFull = "questions.full";
    public const string QuestionOwn = "question.own";

    // Input entered on someone's behalf.
    public const string OnBehalfNotAllowed = "on_behalf.not_allowed";
    public const string OnBehalfInvalidPerson = "on_behalf.invalid_person";

    // Quick polls of the room: the word cloud and reactions.
    public const string WordCloudClosed = "wordcloud.closed";
    public const string WordTooManyWords = "word.too_many_words";
    public const string WordLimit = "word.limit";
    public const string WordDuplicate = "word.duplicate";
    public const string WordsBusy = "words.busy";
    public const string WordsFull = "words.full";
    public const string ReactionRateLimited = "reaction.rate_limited";
    public const string ReactionsBusy = "reactions.busy";
}
