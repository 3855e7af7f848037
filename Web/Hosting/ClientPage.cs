using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CommunityPlanning.Web.Localization;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CommunityPlanning.Web.Hosting;

/// <summary>
/// The single-page app's page (index.html), sent for every address the app shows, naming what that address's page
/// needs before it can show anything, so a phone fetches it all in the same round as app.js instead of one round trip
/// after another (docs/performance.md, "Loading on a phone"): the UI texts and the session the app asks for first
/// (<c>&lt;link rel="preload"&gt;</c>, the texts in the language the browser chose last, kept in a cookie the client
/// writes), and the scripts the page runs on (<c>&lt;link rel="modulepreload"&gt;</c>). To a browser that is not
/// signed in the page says so (<c>&lt;meta name="cp-session" content="none"&gt;</c>), which spares participants and
/// the public the request for a session they do not have. Which scripts a page needs the
/// client build writes into dist/preloads.json from the client's route table (Web/Client/scripts/routePreloads.ts);
/// without that file (a build without the client) no scripts are named.
/// </summary>
public sealed class ClientPage(IWebHostEnvironment environment)
{
    private const string PageFile = "index.html";
    private const string PreloadsFile = "dist/preloads.json";
    private const string HeadEnd = "</head>";

    /// <summary>The language the client chose last (Web/Client/src/i18n.ts writes it); Czech without it, as there.</summary>
    public const string LanguageCookie = "cp-language";

    /// <summary>The session the app fetches first on every page (Web/Client/src/session.ts) when signed in.</summary>
    private const string SessionPath = "/api/auth/me";

    private const string SignedOut = """<meta name="cp-session" content="none" />""";

    private readonly Lazy<Variants> _variants = new(() => Variants.Read(environment.WebRootFileProvider));

    /// <summary>The page for an address in a language, signed in or not, and its entity tag.</summary>
    public (string Html, string ETag) For(PathString path, string language, bool signedIn) =>
        _variants.Value.For(path.Value ?? "/", new Audience(UiTextEndpoints.Language(language), signedIn));

    public static IResult Send(HttpContext context, ClientPage page)
    {
        var (html, etag) = page.For(
            context.Request.Path, context.Request.Cookies[LanguageCookie] ?? "cs", context.User.Identity?.IsAuthenticated == true);
        context.Response.Headers.Vary = HeaderNames.Cookie;
        var headers = context.Response.GetTypedHeaders();
        headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        headers.ETag = new EntityTagHeaderValue(etag);
        var known = context.Request.GetTypedHeaders().IfNoneMatch;
        return known.Any(tag => tag.Tag == etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>Who the page is for, as far as it differs: the texts' language and whether there is a session.</summary>
    private sealed record Audience(string Language, bool SignedIn);

    private sealed record Route(Regex Pattern, Dictionary<Audience, (string Html, string ETag)> Pages);

    private sealed record PreloadsJson(string[] Entry, RouteJson[] Routes);

    private sealed record RouteJson(string Pattern, string Regex, string[] Files);

    /// <summary>Per route (and for any other address), the page for each audience with what it needs named.</summary>
    private sealed class Variants(IReadOnlyList<Route> routes, Dictionary<Audience, (string Html, string ETag)> other)
    {
        public (string Html, string ETag) For(string path, Audience audience) =>
            (routes.FirstOrDefault(r => r.Pattern.IsMatch(path))?.Pages ?? other)[audience];

        public static Variants Read(IFileProvider files)
        {
            var page = ReadText(files, PageFile) ?? throw new InvalidOperationException($"{PageFile} is missing from the web root");
            var preloads = ReadText(files, PreloadsFile) is { } json
                ? JsonSerializer.Deserialize<PreloadsJson>(json, JsonSerializerOptions.Web) ?? throw new InvalidOperationException($"{PreloadsFile} is empty")
                : new PreloadsJson([], []);
            var routes = preloads.Routes
                .Select(r => new Route(
                    // Linear in the address's length whatever it holds, so no timeout (one of 50 ms tripped on a busy machine).
                    new Regex(r.Regex, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking),
                    ForEveryone(page, [.. preloads.Entry, .. r.Files])))
                .ToList();
            return new Variants(routes, ForEveryone(page, preloads.Entry));
        }

        private static Dictionary<Audience, (string, string)> ForEveryone(string page, IReadOnlyList<string> scripts) =>
            UiTextEndpoints.Languages
                .SelectMany(language => new[] { new Audience(language, true), new Audience(language, false) })
                .ToDictionary(audience => audience, audience => Tagged(WithPreloads(page, audience, scripts)));

        private static string WithPreloads(string page, Audience audience, IEnumerable<string> scripts)
        {
            var at = page.IndexOf(HeadEnd, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                throw new InvalidOperationException($"{PageFile} has no {HeadEnd}");
            }

            // Fetched as the app's fetch() asks (CORS mode, cookies of this site), so the browser hands them over.
            var texts = $"{ClientAssets.UiTextsPath}/{audience.Language}";
            string[] data = audience.SignedIn ? [texts, SessionPath] : [texts];
            string[] marks = audience.SignedIn ? [] : [SignedOut];
            var links = marks
                .Concat(data.Select(url => $"""<link rel="preload" href="{url}" as="fetch" crossorigin />"""))
                .Concat(scripts.Distinct().Select(f => $"""<link rel="modulepreload" href="{ClientAssets.DistPath}/{f}" />"""));
            return $"{page[..at]}  {string.Join("\n    ", links)}\n  {page[at..]}";
        }

        private static (string, string) Tagged(string html) =>
            (html, $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..16]}\"");

        private static string? ReadText(IFileProvider files, string path)
        {
            var file = files.GetFileInfo(path);
            if (!file.Exists)
            {
                return null;
            }

            using var reader = new StreamReader(file.CreateReadStream(), Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
