using System.Security.Cryptography;
using System.Text;

namespace CommunityPlanning.Meetings;

/// <summary>Secret link tokens (invites, calendar feeds): 256 random bits, URL-safe; only their SHA-256 hash is ever stored.</summary>
public static class InviteTokens
{
    private const int TokenBytes = 32;

    /// <summary>Length of a token in characters (unpadded base64url of 32 bytes).</summary>
    public const int Length = 43;

    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
