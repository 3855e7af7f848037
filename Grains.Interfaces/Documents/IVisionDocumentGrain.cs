using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using Orleans.Concurrency;

namespace CommunityPlanning.Documents;

/// <summary>
/// One vision document: a title and ordered sections, and the single sequencer of their text. Edits are
/// transformed against what their author had not seen, applied, persisted, and only then acknowledged and
/// broadcast. Who may act on it through a meeting is decided here (<see cref="Authorize"/>), with the meeting's roster
/// and phase; callers inside the silo (the meeting, the working group) act on it directly.
/// </summary>
[Alias("cp.IVisionDocumentGrain")]
public interface IVisionDocumentGrain : IGrainWithGuidKey
{
    /// <summary>Called once by the working group grain.</summary>
    [Alias("Create")]
    Task<VisionDocumentDetails> Create(Guid workingGroupId, VisionDocumentDraft draft);

    /// <summary>The document with its current text, or <c>not_found</c>.</summary>
    [Alias("Get"), ReadOnly]
    Task<VisionDocumentDetails> Get();

    /// <summary>Whether the document exists and has a section of this id; answers without shipping any text.</summary>
    [Alias("HasSection"), ReadOnly]
    Task<bool> HasSection(Guid sectionId);

    /// <summary>
    /// Adds the sections that are missing (with their text as the start) and renames the others; sections not
    /// listed stay. Used by the meeting for its minutes, one section per agenda item.
    /// </summary>
    [Alias("EnsureSections")]
    Task EnsureSections(IReadOnlyList<VisionSection> sections);

    /// <summary>
    /// The caller's roster entry if they may do <paramref name="access"/> to this document in their meeting: reading
    /// needs a place in the meeting, facilitating a facilitator, and contributing the meeting's rule for what this
    /// document is to it (its vision document: participants until the end; its minutes: participants until the end,
    /// then facilitators). <c>forbidden</c> for a meeting that does not use this document.
    /// </summary>
    [Alias("Authorize"), ResponseTimeout(InteractiveCall.Timeout)]
    Task<RosterEntry> Authorize(DocumentCaller caller, DocumentAccess access);

    /// <summary>Every section with its text and revision: where a client starts editing from.</summary>
    [Alias("Open"), ReadOnly, ResponseTimeout(InteractiveCall.Timeout)]
    Task<DocumentSnapshot> Open();

    /// <summary>Sequences one edit. Resubmitting a client operation id returns the first answer again.</summary>
    [Alias("Submit"), ResponseTimeout(InteractiveCall.Timeout)]
    Task<EditAck> Submit(EditSubmission submission);

    /// <summary>The accepted edits of a section after a revision, or <c>text.revision_unknown</c> if no longer held.</summary>
    [Alias("GetEdits"), ReadOnly, ResponseTimeout(InteractiveCall.Timeout)]
    Task<IReadOnlyList<AcceptedEdit>> GetEdits(Guid sectionId, long afterRevision);

    /// <summary>Passes a caret on to everyone; not stored.</summary>
    [Alias("MoveCaret"), AlwaysInterleave, ResponseTimeout(InteractiveCall.Timeout)]
    Task MoveCaret(Guid participantId, string displayName, CaretPosition caret);

    /// <summary>Locks or unlocks a section, or with no section the whole document.</summary>
    [Alias("SetLock")]
    Task SetLock(Guid? sectionId, bool locked);

    /// <summary>A page of a section's history, newest first, ending before <paramref name="beforeRevision"/>.</summary>
    [Alias("GetHistory"), ReadOnly]
    Task<IReadOnlyList<HistoryEntry>> GetHistory(Guid sectionId, long beforeRevision, int maxEntries);

    /// <summary>A section's text as it was at a revision.</summary>
    [Alias("GetVersion"), ReadOnly]
    Task<SectionVersion> GetVersion(Guid sectionId, long revision);

    /// <summary>Makes a section's text what it was at a revision again, as a new edit by the author.</summary>
    [Alias("RestoreVersion")]
    Task<EditAck> RestoreVersion(Guid sectionId, long revision, DocumentAuthor author);

    /// <summary>Freezes the current text of every section as the next adopted wording.</summary>
    [Alias("AdoptWording")]
    Task<AdoptedWording> AdoptWording(DocumentAuthor author);

    [Alias("GetAdoptedWordings"), ReadOnly]
    Task<IReadOnlyList<AdoptedWording>> GetAdoptedWordings();

    [Alias("AddComment")]
    Task<Comment> AddComment(DocumentAuthor author, CommentDraft draft);

    [Alias("ReplyToComment")]
    Task<Comment> ReplyToComment(DocumentAuthor author, Guid commentId, string text);

    /// <summary>Anyone who may contribute resolves or reopens; only a facilitator marks a comment incorporated.</summary>
    [Alias("SetCommentStatus")]
    Task<Comment> SetCommentStatus(RosterEntry by, Guid commentId, CommentStatus status);

    /// <summary>All comments with their ranges in the current text.</summary>
    [Alias("GetComments"), ReadOnly]
    Task<IReadOnlyList<Comment>> GetComments();

    /// <summary>Subscribes or renews a web server's relay (lease: <see cref="Meetings.ObserverLease"/>).</summary>
    [Alias("Subscribe")]
    Task Subscribe(string webServerId, IDocumentObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(string webServerId);
}
