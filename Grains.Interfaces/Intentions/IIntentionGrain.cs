using CommunityPlanning.Common;
using Orleans.Concurrency;

namespace CommunityPlanning.Intentions;

/// <summary>
/// One development intention and its procedure (states in <see cref="IntentionState"/>): the provider fills and submits
/// its form through the submission link (<c>linkHash</c>: the SHA-256 of the link's token), administrators run the
/// procedure, the working group's managers read it, and meetings record the opinion and the decision
/// (<see cref="IIntentionVotes"/>, the same grain). Every change goes into the audit trail; a refused step changes nothing.
/// It calls only working groups (read-only) and its attachments.
/// </summary>
[Alias("cp.IIntentionGrain")]
public interface IIntentionGrain : IIntentionVotes
{
    /// <summary>Called once by its call: the intention as an empty draft with its first link.</summary>
    [Alias("Create")]
    Task<IssuedSubmissionLink> Create(Actor actor, Guid callId, CallTerms terms);

    /// <summary>The call has closed: the link stops working.</summary>
    [Alias("CallClosed")]
    Task CallClosed(CallTerms terms);

    /// <summary>The whole intention (administrators; managers of its working group), or <c>forbidden</c>.</summary>
    [Alias("Get"), ReadOnly]
    Task<IntentionView> Get(Actor actor);

    /// <summary>A line of its call's list (the caller has checked who asks).</summary>
    [Alias("Summary"), ReadOnly]
    Task<IntentionSummary> Summary();

    /// <summary>The intention as the public register shows it; null for a draft, which is never public.</summary>
    [Alias("Public"), ReadOnly]
    Task<PublicIntention?> Public();

    /// <summary>A new submission link (administrators, open call); the previous one stops working.</summary>
    [Alias("IssueLink")]
    Task<IssuedSubmissionLink> IssueLink(Actor actor);

    /// <summary>Ends the current link (administrators); a new one can be issued.</summary>
    [Alias("RevokeLink")]
    Task<IntentionView> RevokeLink(Actor actor);

    /// <summary>The provider's view through the link.</summary>
    [Alias("GetSubmission"), ReadOnly]
    Task<SubmissionView> GetSubmission(string linkHash);

    /// <summary>Saves the form as it is (a draft, or a returned intention being completed).</summary>
    [Alias("SaveDraft")]
    Task<SubmissionView> SaveDraft(string linkHash, IntentionForm form);

    /// <summary>Submits the form: a draft before the deadline, a returned one while the call is open; <c>intention.incomplete</c> with problems.</summary>
    [Alias("Submit")]
    Task<SubmissionView> Submit(string linkHash, IntentionForm form);

    [Alias("AddAttachment")]
    Task<SubmissionView> AddAttachment(string linkHash, AttachmentUpload upload);

    [Alias("RemoveAttachment")]
    Task<SubmissionView> RemoveAttachment(string linkHash, Guid attachmentId);

    [Alias("ReadAttachmentByLink"), ReadOnly]
    Task<AttachmentFile> ReadAttachment(string linkHash, Guid attachmentId);

    /// <summary>An attachment of the form or of the statement (administrators; managers of its working group).</summary>
    [Alias("ReadAttachment"), ReadOnly]
    Task<AttachmentFile> ReadAttachment(Actor actor, Guid attachmentId);

    [Alias("MarkComplete")]
    Task<IntentionView> MarkComplete(Actor actor);

    /// <summary>Back to the provider with a note they see; they complete and resubmit.</summary>
    [Alias("ReturnForCompletion")]
    Task<IntentionView> ReturnForCompletion(Actor actor, string note);

    /// <summary>Assigns a complete intention to one of the call's working groups (again until its opinion).</summary>
    [Alias("AssignWorkingGroup")]
    Task<IntentionView> AssignWorkingGroup(Actor actor, Guid workingGroupId);

    /// <summary>The department's statement; a later one replaces it, both in the trail. Until the steering decision.</summary>
    [Alias("RecordStatement")]
    Task<IntentionView> RecordStatement(Actor actor, StatementDraft statement);

    /// <summary>The statement's attachment (a statement must be recorded first).</summary>
    [Alias("AttachToStatement")]
    Task<IntentionView> AttachToStatement(Actor actor, AttachmentUpload upload);

    /// <summary>What the region did with an approved intention; corrected by a new record.</summary>
    [Alias("RecordOutcome")]
    Task<IntentionView> RecordOutcome(Actor actor, RegionOutcome outcome);

    /// <summary>Whether the intention was realised, after the region's outcome.</summary>
    [Alias("RecordRealisation")]
    Task<IntentionView> RecordRealisation(Actor actor, bool realised);
}
