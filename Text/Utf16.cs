namespace CommunityPlanning.Documents.Text;

/// <summary>Surrogate-pair checks: no operation may cut a UTF-16 surrogate pair in two.</summary>
internal static class Utf16
{
    /// <summary>True when <paramref name="position"/> lies between the high and low half of a surrogate pair.</summary>
    public static bool SplitsPair(ReadOnlySpan<char> text, int position) =>
        position > 0 && position < text.Length
        && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);

    /// <summary>True when every surrogate in <paramref name="text"/> is part of a complete pair.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        // Fast path: nothing in the surrogate range at all.
        var i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return true;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}
