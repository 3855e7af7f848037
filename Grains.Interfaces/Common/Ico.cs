namespace CommunityPlanning.Common;

/// <summary>
/// The identification number of a Czech organisation (IČO): eight digits, the last a check digit over the first
/// seven weighted 8 down to 2 (sum mod 11, then 11 minus that, mod 10).
/// </summary>
public static class Ico
{
    /// <summary>Whether <paramref name="value"/> is exactly eight digits whose check digit is right.</summary>
    public static bool IsValid(string? value)
    {
        if (value is not { Length: 8 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (value[i] - '0') * (8 - i);
        }

        return value[7] - '0' == (11 - sum % 11) % 10;
    }

    /// <summary>The number without spaces (people write "123 45 678"), or null when nothing is left.</summary>
    public static string? Normalize(string? value)
    {
        var digits = value is null ? "" : string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        return digits.Length == 0 ? null : digits;
    }
}
