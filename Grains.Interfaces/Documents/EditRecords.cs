using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Documents;

/// <summary>An edit as a client sends it: based on the section text at <see cref="BaseRevision"/>.</summary>
[GenerateSerializer, Immutable, Alias("cp.EditSubmission")]
public sealed record EditSubmission(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] long BaseRevision,
    [property: Id(2)] TextOperation Operation,
    [property: Id(3)] string ClientOpId,
    [property: Id(4)] Guid AuthorId);

[GenerateSerializer, Immutable, Alias("cp.EditAck")]
public sealed record EditAck(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] long Revision);

/// <summary>An accepted edit: the operation as the server applied it, producing <see cref="Revision"/>.</summary>
[GenerateSerializer, Immutable, Alias("cp.AcceptedEdit")]
public sealed record AcceptedEdit(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] long Revision,
    [property: Id(2)] TextOperation Operation,
    [property: Id(3)] Guid AuthorId,
    [property: Id(4)] string ClientOpId,
    [property: Id(5)] DateTimeOffset At)
{
    /// <summary>Starts the client operation id of an edit the server makes itself (restoring a version).</summary>
    public const string ServerMadePrefix = "restore:";

    /// <summary>
    /// Where the author's caret stands after the edit (<see cref="TextOperation.ChangeEnd"/>), or null: nothing
    /// changed, or the server made the edit and its author is not typing there.
    /// </summary>
    public int? AuthorCaret => ClientOpId.StartsWith(ServerMadePrefix, StringComparison.Ordinal) ? null : Operation.ChangeEnd();
}

[GenerateSerializer, Immutable, Alias("cp.SectionSnapshot")]
public sealed record SectionSnapshot(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] string Heading,
    [property: Id(2)] string Text,
    [property: Id(3)] long Revision,
    [property: Id(4)] bool Locked);

[GenerateSerializer, Immutable, Alias("cp.DocumentSnapshot")]
public sealed record DocumentSnapshot(
    [property: Id(0)] Guid DocumentId,
    [property: Id(1)] string Title,
    [property: Id(2)] bool Locked,
    [property: Id(3)] IReadOnlyList<SectionSnapshot> Sections);

/// <summary>Where one person's caret or selection is in a section, at a revision of it.</summary>
[GenerateSerializer, Immutable, Alias("cp.CaretPosition")]
public sealed record CaretPosition(
    [property: Id(0)] Guid SectionId,
    [property: Id(1)] int Anchor,
    [property: Id(2)] int Head,
    [property: Id(3)] long Revision);
