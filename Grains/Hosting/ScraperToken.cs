using System.Security.Cryptography;
using System.Text;

namespace CommunityPlanning.Hosting;

/// <summary>
/// The bearer token a metrics scraper (Prometheus) shows, known only by its SHA-256 (<c>Metrics:TokenSha256</c>, hex):
/// the web servers' <c>/metrics</c> and the silos' metrics port take it alike, and the token itself is never stored.
/// </summary>
public sealed class ScraperToken
{
    public const string Setting = "Metrics:TokenSha256";

    private readonly byte[] _hash;

    private ScraperToken(byte[] hash) => _hash = hash;

    /// <summary>The configured hash, or null when none is; a mistyped one stops the process at start rather than every scrape.</summary>
    public static ScraperToken? From(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex))
        {
            return null;
        }

        try
        {
            return Convert.FromHexString(hex.Trim()) is { Length: SHA256.HashSizeInBytes } hash ? new ScraperToken(hash) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{Setting} must be 64 hexadecimal digits: the SHA-256 of the scraper's token (e.g. printf %s TOKEN | sha256sum).");
        }
    }

    /// <summary>Whether an <c>Authorization</c> header carries the token (compared in constant time).</summary>
    public bool Matches(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(authorization["Bearer ".Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(actual, _hash);
    }
}
