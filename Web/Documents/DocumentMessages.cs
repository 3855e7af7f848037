using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Web.Documents;

/// <summary>An edit as the hub receives it; the operation stays raw JSON so a malformed one gets its own code.
/// Without <see cref="DocumentId"/> it is for the meeting's vision document; with it, for any document the connection opened (the minutes).</summary>
public sealed record EditRequest(Guid SectionId, long BaseRevision, JsonElement Operation, string? ClientOpId, Guid? DocumentId = null);

public sealed record EditsRequest(Guid SectionId, long AfterRevision, Guid? DocumentId = null);

public sealed record CaretRequest(Guid SectionId, int Anchor, int Head, long Revision, Guid? DocumentId = null);

public sealed record LockRequest(Guid? SectionId, bool Locked);

public sealed record HistoryRequest(Guid SectionId, long BeforeRevision, int MaxEntries, Guid? DocumentId = null);

public sealed record VersionRequest(Guid SectionId, long Revision, Guid? DocumentId = null);

public sealed record ReplyRequest(Guid CommentId, string? Text);

public sealed record CommentStatusRequest(Guid CommentId, CommentStatus Status);

/// <summary>An accepted edit: the items of the <c>textEdits</c> event and of <c>GetEdits</c>.</summary>
public sealed record TextEditedMessage(Guid DocumentId, Guid SectionId, long Revision, TextOperation Operation, Guid AuthorId, string ClientOpId)
{
    public static TextEditedMessage From(Guid documentId, AcceptedEdit edit) =>
        new(documentId, edit.SectionId, edit.Revision, edit.Operation, edit.AuthorId, edit.ClientOpId);
}

/// <summary>The <c>textEdits</c> event: edits that were ready together, in revision order (per section).</summary>
public sealed record TextEditsMessage(Guid DocumentId, IReadOnlyList<TextEditedMessage> Edits);

public sealed record CaretMovedMessage(Guid DocumentId, Guid SectionId, Guid ParticipantId, string DisplayName, int Anchor, int Head, long Revision)
{
    public static CaretMovedMessage From(CaretMoved e) =>
        new(e.DocumentId, e.Caret.SectionId, e.ParticipantId, e.DisplayName, e.Caret.Anchor, e.Caret.Head, e.Caret.Revision);
}

/// <summary>
/// A section's edits from <see cref="FromRevision"/> to <see cref="ToRevision"/> composed into one operation over
/// the text at <c>FromRevision - 1</c>: the items of the <c>textChanges</c> event that read-only clients get.
/// <see cref="Carets"/>: where the authors of these edits stand at <see cref="ToRevision"/> (composing loses who
/// typed what; editors read it off each edit in <c>textEdits</c>).
/// </summary>
public sealed record TextChangeMessage(Guid SectionId, long FromRevision, long ToRevision, TextOperation Operation, IReadOnlyList<AuthorCaret> Carets);

/// <summary>Where an author's caret stands after their edits: a position of the text at the change's last revision.</summary>
public sealed record AuthorCaret(Guid ParticipantId, int Position);

/// <summary>The <c>textChanges</c> event: per section, the composed edits of one relay round.</summary>
public sealed record TextChangesMessage(Guid DocumentId, IReadOnlyList<TextChangeMessage> Changes);
