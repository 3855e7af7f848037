using System.Security.Cryptography;
using System.Text;
using CommunityPlanning.Common;

namespace CommunityPlanning.Meetings;

/// <summary>
/// Short codes people type from a screen or a sheet of paper: six characters of an alphabet without the ones read
/// alike (0/O, 1/I/L), case, spaces and hyphens aside. Only a hash is stored, as for invite tokens; guessing is
/// bounded by the web server's rate limit, since about 30 bits cannot resist a search on their own.
/// </summary>
public static class JoinCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 6;

    /// <summary>How many fresh codes to try before giving up: with 31^6 codes a second collision is already unlikely.</summary>
    private const int Attempts = 8;

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as typed ("abc-123", " ab c12 3") in its canonical form, or null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 32)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal))
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>The grain key of a canonical code; prefixed so it never equals an invite token's hash.</summary>
    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("join-code:" + code)));

    /// <summary>Registers a new code for the target and returns it; a code ever issued is never issued again.</summary>
    public static async Task<string> Issue(IGrainFactory grains, JoinCodeTarget target)
    {
        for (var attempt = 1; ; attempt++)
        {
            var code = Create();
            try
            {
                await grains.GetGrain<IJoinCodeGrain>(Hash(code)).Register(target);
                return code;
            }
            catch (DomainException e) when (e.Code == ErrorCodes.AlreadyExists && attempt < Attempts)
            {
            }
        }
    }

    /// <summary>Shown as "ABC-123" (easier to read aloud and to copy); typed either way.</summary>
    public static string Display(string code) => $"{code[..3]}-{code[3..]}";
}
