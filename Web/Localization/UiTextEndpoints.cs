using System.Collections;
using System.Globalization;
using System.Resources;
using CommunityPlanning.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CommunityPlanning.Web.Localization;

/// <summary>Serves the UI texts of one language from the resource files (Resources/UiText*.resx).</summary>
public static class UiTextEndpoints
{
    public static readonly string[] Languages = ["cs", "en"];

    private static readonly ResourceManager Texts = new("CommunityPlanning.Web.Resources.UiText", typeof(UiTextEndpoints).Assembly);

    public static RouteGroupBuilder MapUiTexts(this RouteGroupBuilder api)
    {
        api.MapGet("/ui-texts/{language}", Ok<SortedDictionary<string, string>> (string language, HttpContext http) =>
        {
            if (!Languages.Contains(language))
            {
                throw new DomainException(ErrorCodes.NotFound, "language");
            }

            http.Response.Headers.CacheControl = "public, max-age=300";
            return TypedResults.Ok(Load(language));
        });
        return api;
    }

    /// <summary>The texts of a requested language for an export (Czech when none or an unknown one is asked for).</summary>
    public static SortedDictionary<string, string> LoadOrCzech(string? language) => Load(Language(language));

    /// <summary>A requested export language if there is one, else Czech.</summary>
    public static string Language(string? language) => language is not null && Languages.Contains(language) ? language : "cs";

    /// <summary>All texts of a language; a text missing in it falls back to the neutral (English) file.</summary>
    public static SortedDictionary<string, string> Load(string language)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (DictionaryEntry entry in Texts.GetResourceSet(CultureInfo.InvariantCulture, true, true)!)
        {
            var key = (string)entry.Key;
            texts[key] = Texts.GetString(key, culture) ?? (string)entry.Value!;
        }

        return texts;
    }

    /// <summary>Keys present in the given language's own file (for the completeness test).</summary>
    public static IReadOnlySet<string> OwnKeys(string language)
    {
        var culture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = Texts.GetResourceSet(culture, true, false);
        return set is null ? new HashSet<string>() : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
    }
}
