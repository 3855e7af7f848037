using CommunityPlanning.Documents.Text;

namespace CommunityPlanning.Documents;

/// <summary>The operation that turns one text into another: keeps the common start and end, replaces the middle.</summary>
public static class TextDifference
{
    public static TextOperation Between(string from, string to)
    {
        var prefix = 0;
        var max = Math.Min(from.Length, to.Length);
        while (prefix < max && from[prefix] == to[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < max - prefix && from[^(suffix + 1)] == to[^(suffix + 1)])
        {
            suffix++;
        }

        // Never cut between the two halves of a surrogate pair.
        if (prefix > 0 && char.IsHighSurrogate(from[prefix - 1]))
        {
            prefix--;
        }

        if (suffix > 0 && char.IsLowSurrogate(from[^suffix]))
        {
            suffix--;
        }

        return TextOperation.Splice(from.Length, prefix, from.Length - prefix - suffix, to.Substring(prefix, to.Length - prefix - suffix));
    }
}
