namespace CommunityPlanning.Intentions;

/// <summary>The development-intention procedure's error codes; docs/protocol.md ("Development intentions") lists them.</summary>
public static class IntentionErrorCodes
{
    /// <summary>The intention's state does not allow this step of the procedure (e.g. completing a draft, a provider editing a submitted form).</summary>
    public const string InvalidTransition = "intention.invalid_transition";

    /// <summary>A first submission after the call's deadline (Europe/Prague).</summary>
    public const string DeadlinePassed = "intention.deadline_passed";

    /// <summary>Submitting a form with problems; the answer lists them (field and code).</summary>
    public const string Incomplete = "intention.incomplete";

    /// <summary>A steering decision for an intention without the working group's opinion and the department's statement.</summary>
    public const string NotReady = "intention.not_ready";

    /// <summary>An opinion from a meeting that is not the intention's working group's, or a decision from a meeting that is not the call's steering meeting.</summary>
    public const string WrongMeeting = "intention.wrong_meeting";

    /// <summary>A working group or plan objective that the call does not concern.</summary>
    public const string WrongGroup = "intention.wrong_group";

    /// <summary>The call is closed: no new intentions or links, no submissions.</summary>
    public const string CallClosed = "call.closed";

    /// <summary>A submission link nobody issued (or a malformed one).</summary>
    public const string LinkInvalid = "submission_link.invalid";

    /// <summary>A submission link the coordinator revoked or replaced by a newer one.</summary>
    public const string LinkRevoked = "submission_link.revoked";

    /// <summary>A submission link of a closed call.</summary>
    public const string LinkExpired = "submission_link.expired";

    /// <summary>An attachment that is not a PDF, DOCX or XLSX by its content, or whose name's extension does not match it.</summary>
    public const string AttachmentType = "attachment.type_not_allowed";

    /// <summary>An attachment over <see cref="AttachmentRules.MaxBytes"/>, or one more than <see cref="AttachmentRules.MaxCount"/>.</summary>
    public const string AttachmentTooLarge = "attachment.too_large";

    /// <summary>A form field's IČO whose check digit is wrong (a problem of the form, see <see cref="Incomplete"/>).</summary>
    public const string IcoInvalid = "validation.ico_invalid";
}
