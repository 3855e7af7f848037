namespace CommunityPlanning.Documents;

public enum CommentStatus
{
    Open = 0,
    Resolved = 1,

    /// <summary>Taken into the text (set by the facilitator): "zapracováno".</summary>
    Incorporated = 2,
}

[GenerateSerializer, Immutable, Alias("cp.CommentReply")]
public sealed record CommentReply(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid AuthorId,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset At);

/// <summary>
/// A comment (připomínka) on a range of a section's text. <see cref="From"/>/<see cref="To"/> are positions
/// in the section's current text at <see cref="Revision"/>; the range moves with every edit.
/// </summary>
[GenerateSerializer, Immutable, Alias("cp.Comment")]
public sealed record Comment(
    [property: Id(0)] Guid Id,
    [property: Id(1)] Guid SectionId,
    [property: Id(2)] int From,
    [property: Id(3)] int To,
    [property: Id(4)] long Revision,
    [property: Id(5)] string Quote,
    [property: Id(6)] Guid AuthorId,
    [property: Id(7)] string AuthorName,
    [property: Id(8)] string Text,
    [property: Id(9)] DateTimeOffset At,
    [property: Id(10)] CommentStatus Status,
    [property: Id(11)] IReadOnlyList<CommentReply> Replies);

/// <summary>A new comment: the range is given at a revision the author saw.</summary>
[GenerateSerializer, Immutable, Alias("cp.CommentDraft")]
public sealed record CommentDraft(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] int From,
    [property: Id(2)] int To,
    [property: Id(3)] long Revision,
    [property: Id(4)] string Text);

/// <summary>Who does something to a document, as the meeting knows them.</summary>
[GenerateSerializer, Immutable, Alias("cp.DocumentAuthor")]
public sealed record DocumentAuthor(
    [property: Id(0)] Guid ParticipantId,
    [property: Id(1)] string DisplayName);
