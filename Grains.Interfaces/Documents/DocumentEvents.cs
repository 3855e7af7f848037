namespace CommunityPlanning.Documents;

[GenerateSerializer, Immutable, Alias("cp.DocumentEvent")]
public abstract record DocumentEvent([property: Id(0)] Guid DocumentId);

/// <summary>An accepted edit; per section, revisions follow each other without gaps.</summary>
[GenerateSerializer, Immutable, Alias("cp.TextEdited")]
public sealed record TextEdited(Guid DocumentId, [property: Id(0)] AcceptedEdit Edit) : DocumentEvent(DocumentId);

[GenerateSerializer, Immutable, Alias("cp.CaretMoved")]
public sealed record CaretMoved(
    Guid DocumentId,
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] CaretPosition Caret) : DocumentEvent(DocumentId);

/// <summary>A section (or, with no section, the whole document) was locked or unlocked.</summary>
[GenerateSerializer, Immutable, Alias("cp.LockChanged")]
public sealed record LockChanged(
    Guid DocumentId,
    [property: Id(0)] Guid? SectionId,
    [property: Id(1)] bool Locked) : DocumentEvent(DocumentId);

/// <summary>A comment was added, answered, or changed status.</summary>
[GenerateSerializer, Immutable, Alias("cp.CommentChanged")]
public sealed record CommentChanged(Guid DocumentId, [property: Id(0)] Comment Comment) : DocumentEvent(DocumentId);

[GenerateSerializer, Immutable, Alias("cp.WordingAdopted")]
public sealed record WordingAdopted(Guid DocumentId, [property: Id(0)] AdoptedWording Wording) : DocumentEvent(DocumentId);
