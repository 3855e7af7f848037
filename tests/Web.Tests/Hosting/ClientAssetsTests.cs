using System.IO.Compression;
using System.Net;
using CommunityPlanning.Web.Hosting;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Hosting;

/// <summary>
/// The browser app's files go out as the build's precompressed copies the browser accepts, the hashed chunks cached
/// for a year, the entry and the page revalidated (docs/architecture.md, "Chunks").
/// </summary>
public sealed class ClientAssetsTests(WebRootAppFixture app) : IClassFixture<WebRootAppFixture>
{
    private static readonly string Dist = Path.Combine(WebRootAppFixture.WebDirectory, "wwwroot", "dist");

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData(null, null)]
    public async Task The_entry_goes_out_in_the_encoding_the_browser_accepts_and_is_revalidated(string? accepted, string? encoding)
    {
        var response = await GetAsync("/dist/app.js", accepted);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Dist, "app.js")), await BodyAsync(response));
    }

    [Fact]
    public async Task A_chunk_is_cached_for_a_year_as_its_name_changes_with_its_content()
    {
        var chunk = Path.GetFileName(Directory.GetFiles(Path.Combine(Dist, "chunks"), "*.js").First());

        var response = await GetAsync($"/dist/chunks/{chunk}", "gzip, deflate, br");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ClientAssets.ImmutableCacheControl, response.Headers.CacheControl?.ToString());
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(Dist, "chunks", chunk)), await BodyAsync(response));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b")]
    public async Task The_page_is_revalidated_on_every_load(string path)
    {
        var response = await GetAsync(path, "br, gzip");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task The_page_names_the_scripts_of_the_page_its_address_shows_so_they_come_in_one_round()
    {
        var preloads = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Dist, "preloads.json"))).RootElement;
        string[] FilesOf(string pattern) => preloads.GetProperty("routes").EnumerateArray()
            .Single(r => r.GetProperty("pattern").GetString() == pattern).GetProperty("files").EnumerateArray()
            .Select(f => f.GetString()!).ToArray();
        var meetingFiles = FilesOf("/meetings/:id/:area?");
        var roomFiles = FilesOf("/meetings/:id/projector");
        var entryFiles = preloads.GetProperty("entry").EnumerateArray().Select(f => f.GetString()!).ToArray();

        var meeting = await PreloadedAsync("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b/polls");
        var room = await PreloadedAsync("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b/projector");
        var unknown = await PreloadedAsync("/no/such/page");

        Assert.Contains(meetingFiles, f => f.Contains("meeting-", StringComparison.Ordinal));
        Assert.Equal([.. entryFiles, .. meetingFiles], meeting);
        Assert.Equal([.. entryFiles, .. roomFiles], room);
        Assert.Equal(entryFiles, unknown);
    }

    [Theory]
    [InlineData(null, "cs")]
    [InlineData("en", "en")]
    [InlineData("xx", "cs")]
    public async Task The_page_names_the_texts_in_the_language_chosen_last_to_fetch_with_the_scripts(string? chosen, string language)
    {
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.Host.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/join");
        if (chosen is not null)
        {
            request.Headers.Add("Cookie", $"{ClientPage.LanguageCookie}={chosen}");
        }

        var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"""<link rel="preload" href="/api/ui-texts/{language}" as="fetch" crossorigin />""", html);
        Assert.DoesNotContain(language == "cs" ? "/api/ui-texts/en" : "/api/ui-texts/cs", html);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Fact]
    public async Task The_page_tells_a_browser_that_is_not_signed_in_so_and_names_the_session_to_one_that_is()
    {
        using var anonymous = new HttpClient { BaseAddress = app.Host.BaseUri };
        var signedOut = await anonymous.GetStringAsync("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b");
        using var organizer = await app.SignedInAdminAsync();
        var signedIn = await (await organizer.GetAsync("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b")).Content.ReadAsStringAsync();

        Assert.Contains("""<meta name="cp-session" content="none" />""", signedOut);
        Assert.DoesNotContain("/api/auth/me", signedOut);
        Assert.DoesNotContain("cp-session", signedIn);
        Assert.Contains("""<link rel="preload" href="/api/auth/me" as="fetch" crossorigin />""", signedIn);
    }

    [Fact]
    public async Task The_page_is_not_sent_again_while_it_has_not_changed()
    {
        var first = await GetAsync("/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b", null);
        using var http = new HttpClient { BaseAddress = app.Host.BaseUri };
        using var again = new HttpRequestMessage(HttpMethod.Get, "/meetings/6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    /// <summary>The scripts the page sent for an address names as module preloads, in order.</summary>
    private async Task<string[]> PreloadedAsync(string path)
    {
        var html = System.Text.Encoding.UTF8.GetString(await BodyAsync(await GetAsync(path, null)));
        return System.Text.RegularExpressions.Regex.Matches(html, "<link rel=\"modulepreload\" href=\"/dist/([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToArray();
    }

    [Fact]
    public async Task A_chunk_that_is_gone_is_not_answered_with_the_page()
    {
        var response = await GetAsync("/dist/chunks/meeting-0000000.js", "br, gzip");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_ui_texts_are_compressed()
    {
        var response = await GetAsync("/api/ui-texts/cs", "br, gzip");

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("\"editor.loading\"", System.Text.Encoding.UTF8.GetString(await BodyAsync(response)));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding)
    {
        // No automatic decompression: the test sees what went over the wire.
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = app.Host.BaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<byte[]> BodyAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.SingleOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var bytes = new MemoryStream();
        await decoded.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
