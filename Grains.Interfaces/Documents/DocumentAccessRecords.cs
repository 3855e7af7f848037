using CommunityPlanning.Common;

namespace CommunityPlanning.Documents;

/// <summary>Someone acting on a document through a meeting that uses it (as its vision document or its minutes).</summary>
[GenerateSerializer, Immutable, Alias("cp.DocumentCaller")]
public sealed record DocumentCaller(
    [property: Id(0)] Guid MeetingId,
    [property: Id(1)] Actor Actor);

/// <summary>What a caller means to do with a document; the document grain decides which meeting rule that needs.</summary>
public enum DocumentAccess
{
    /// <summary>Open, read edits, history, versions, comments: anyone in the meeting.</summary>
    Read = 0,

    /// <summary>Edit, move a caret, restore a version, comment: the meeting's rule for this document (vision or minutes).</summary>
    Contribute = 1,

    /// <summary>Lock, adopt a wording: the meeting's facilitators.</summary>
    Facilitate = 2,
}
