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
