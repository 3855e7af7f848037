using System.Globalization;

namespace CommunityPlanning.Documents;

/// <summary>
/// Matches the areas of a vision by heading the way records write them: the vision part in sentence case,
/// the proposals part in capitals ("Uživatelé služeb…" / "UŽIVATELÉ SLUŽEB…"). Czech, case-insensitive,
/// spacing and a trailing colon ignored. Web (preview) and grains (saving) place proposals with the same rule.
/// </summary>
public static class AreaHeadings
{
    private static readonly CompareInfo Czech = CultureInfo.GetCultureInfo("cs-CZ").CompareInfo;

    public static bool Same(string a, string b) => Czech.Compare(Normal(a), Normal(b), CompareOptions.IgnoreCase) == 0;

    /// <summary>The first area whose heading is the wanted one, or null (no heading, or none matches).</summary>
    public static T? Find<T>(IEnumerable<T> areas, Func<T, string> heading, string? wanted) where T : class =>
        wanted is null ? null : areas.FirstOrDefault(a => Same(heading(a), wanted));

    private static string Normal(string heading) => string.Join(' ', heading.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':').Trim();
}
