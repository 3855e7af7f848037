namespace CommunityPlanning.Intentions;

/// <summary>Who acted in an entry of the audit trail.</summary>
public enum HistoryActor
{
    /// <summary>An organizer account (the coordinator): <see cref="IntentionHistoryEntry.ByAccountId"/>.</summary>
    Organizer = 0,

    /// <summary>The provider through the submission link, by the contact person's name as the form gave it.</summary>
    Provider = 1,

    /// <summary>A meeting's poll (the working group's or the steering group's); <see cref="IntentionHistoryEntry.By"/> is the meeting's id.</summary>
    Meeting = 2,

    /// <summary>The call (closing it).</summary>
    Call = 3,
}

/// <summary>
/// One entry of an intention's audit trail: when, who (<see cref="Kind"/> and a name), what, the state after it and
/// about what (the note, the group, the counts of a vote).
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionHistoryEntry")]
public sealed record IntentionHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] Guid? ByAccountId,
    [property: Id(3)] IntentionAction Action,
    [property: Id(4)] IntentionState State,
    [property: Id(5)] string? Detail,
    [property: Id(6)] HistoryActor Kind);

/// <summary>An attachment's description; its bytes live in an <see cref="IIntentionAttachmentGrain"/> of its own.</summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionAttachment")]
public sealed record IntentionAttachment(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string FileName,
    [property: Id(2)] AttachmentType Type,
    [property: Id(3)] long Size,
    [property: Id(4)] DateTimeOffset AddedAt);

/// <summary>The department section's statement ("vyjádření"): text, the date it was given, an optional attachment.</summary>
[GenerateSerializer, Immutable, Alias("cp.DepartmentStatement")]
public sealed record DepartmentStatement(
    [property: Id(0)] string Text,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] IntentionAttachment? Attachment);

/// <summary>A meeting's vote on the intention as recorded: the opinion or decision it gave (none without a quorum or majority) and the poll.</summary>
[GenerateSerializer, Immutable, Alias("cp.RecordedVote")]
public sealed record RecordedVote(
    [property: Id(0)] IntentionVote Vote,
    [property: Id(1)] GroupOpinion Opinion,
    [property: Id(2)] SteeringDecision? Decision);

/// <summary>An intention as the coordinator and the group's managers see it: the form, the state, every record and the audit trail.</summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionView")]
public sealed record IntentionView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid CallId,
    [property: Id(2)] IntentionState State,
    [property: Id(3)] IntentionForm Form,
    [property: Id(4)] IReadOnlyList<FormProblem> Problems,
    [property: Id(5)] IReadOnlyList<IntentionAttachment> Attachments,
    [property: Id(6)] string? ReturnNote,
    [property: Id(7)] Guid? WorkingGroupId,
    [property: Id(8)] RecordedVote? Opinion,
    [property: Id(9)] DepartmentStatement? Statement,
    [property: Id(10)] RecordedVote? Decision,
    [property: Id(11)] RegionOutcome? Outcome,
    [property: Id(12)] DateTimeOffset? SubmittedAt,
    [property: Id(13)] bool LinkActive,
    [property: Id(14)] IReadOnlyList<IntentionHistoryEntry> History);

/// <summary>An intention as its provider sees it through the link: the form, whether they may edit it, the return note.</summary>
[GenerateSerializer, Immutable, Alias("cp.SubmissionView")]
public sealed record SubmissionView(
    [property: Id(0)] Guid IntentionId,
    [property: Id(1)] CallTerms Call,
    [property: Id(2)] IntentionState State,
    [property: Id(3)] bool Editable,
    [property: Id(4)] IntentionForm Form,
    [property: Id(5)] IReadOnlyList<FormProblem> Problems,
    [property: Id(6)] IReadOnlyList<IntentionAttachment> Attachments,
    [property: Id(7)] string? ReturnNote,
    [property: Id(8)] DateTimeOffset? SubmittedAt);

/// <summary>A line of the call's list of intentions.</summary>
[GenerateSerializer, Immutable, Alias("cp.IntentionSummary")]
public sealed record IntentionSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] IntentionState State,
    [property: Id(2)] string? ProviderName,
    [property: Id(3)] string? ServiceName,
    [property: Id(4)] SocialServiceType? ServiceType,
    [property: Id(5)] Guid? WorkingGroupId,
    [property: Id(6)] GroupOpinion? Opinion,
    [property: Id(7)] bool HasStatement,
    [property: Id(8)] SteeringDecision? Decision,
    [property: Id(9)] RegionOutcome? Outcome,
    [property: Id(10)] bool LinkActive,
    [property: Id(11)] DateTimeOffset? SubmittedAt);

/// <summary>A new submission link: the token is shown once and stored only as its hash.</summary>
[GenerateSerializer, Immutable, Alias("cp.IssuedSubmissionLink")]
public sealed record IssuedSubmissionLink(
    [property: Id(0)] Guid IntentionId,
    [property: Id(1)] string Token);

/// <summary>The department's statement as entered (the attachment is added apart).</summary>
[GenerateSerializer, Immutable, Alias("cp.StatementDraft")]
public sealed record StatementDraft(
    [property: Id(0)] string Text,
    [property: Id(1)] DateOnly Date);

/// <summary>A file as uploaded: its name as the provider gave it and its bytes.</summary>
[GenerateSerializer, Immutable, Alias("cp.AttachmentUpload")]
public sealed record AttachmentUpload(
    [property: Id(0)] string FileName,
    [property: Id(1)] byte[] Content);

/// <summary>An attachment's file to download.</summary>
[GenerateSerializer, Immutable, Alias("cp.AttachmentFile")]
public sealed record AttachmentFile(
    [property: Id(0)] IntentionAttachment Attachment,
    [property: Id(1)] byte[] Content);
