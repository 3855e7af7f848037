namespace CommunityPlanning.Documents.Text;

/// <summary>
/// Size limits for co-edited text, all in UTF-16 code units. Exceeding one is refused with
/// <c>text.too_large</c>. Operations are checked where they enter the system (JSON parsing,
/// <see cref="TextOperation.EnsureWithinLimits"/>); documents are checked whenever an operation is applied.
/// Operations built in process (composition, trace replay) are not limited per operation.
/// </summary>
public static class TextLimits
{
    /// <summary>At most this many inserted characters in one operation.</summary>
    public const int MaxInsertedLength = 10_000;

    /// <summary>At most this many components in one operation.</summary>
    public const int MaxComponents = 1_000;

    /// <summary>A document section holds at most this many UTF-16 code units.</summary>
    public const int MaxDocumentLength = 200_000;
}
