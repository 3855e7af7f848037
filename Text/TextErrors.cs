namespace CommunityPlanning.Documents.Text;

/// <summary>The codes of <see cref="TextException"/>; <c>ErrorCodes</c> lists the same values for everyone else.</summary>
public static class TextErrors
{
    public const string LengthMismatch = "text.length_mismatch";
    public const string SurrogateSplit = "text.surrogate_split";
    public const string TooLarge = "text.too_large";

    /// <summary>Not an operation in the wire form at all: the system's general <c>payload.malformed</c>.</summary>
    public const string Malformed = "payload.malformed";
}
