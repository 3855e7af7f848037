using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace CommunityPlanning.Web.Hosting;

/// <summary>
/// How the browser app's files go out (docs/architecture.md, "Chunks"). The client build writes a Brotli (.br) and a
/// gzip (.gz) copy of every script and stylesheet; the copy the browser accepts is sent, so nothing is compressed per
/// request. Chunks under /dist/chunks carry their content's hash in their names and are cached for a year; the
/// entry (app.js), the stylesheet and the page are revalidated on every load, so a deployment reaches everyone at
/// once and an old entry never asks for chunks that are gone. The UI texts (JSON every page loads first, the same for
/// everyone, no secret in them) are compressed as they are sent.
/// </summary>
public static class ClientAssets
{
    public const string DistPath = "/dist";
    public const string ChunksPath = "/dist/chunks";
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "no-cache";
    public const string UiTextsPath = "/api/ui-texts";

    /// <summary>The precompressed copies, best first: (Content-Encoding, file suffix).</summary>
    private static readonly (string Encoding, string Suffix)[] Copies = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>Static files (and the page the fallback sends) with the caching above.</summary>
    public static IServiceCollection AddClientAssets(this IServiceCollection services)
    {
        services.Configure<StaticFileOptions>(o =>
        {
            o.ContentTypeProvider = new PrecompressedContentTypes();
            o.OnPrepareResponse = PrepareResponse;
        });
        // Only for the UI texts (see UseClientAssets): public text, so compressing it over HTTPS gives nothing away.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<ClientPage>();
        return services;
    }

    public static WebApplication UseClientAssets(this WebApplication app)
    {
        var files = app.Environment.WebRootFileProvider;
        app.Use((context, next) =>
        {
            SendPrecompressed(context, files);
            return next(context);
        });
        app.UseWhen(context => context.Request.Path.StartsWithSegments(UiTextsPath), texts => texts.UseResponseCompression());
        // No default file: "/" is the app's page too, sent by ClientPage with its route's scripts named.
        app.UseStaticFiles();
        return app;
    }

    /// <summary>Points a request for a script or stylesheet of the bundle at its compressed copy, if the browser takes it.</summary>
    private static void SendPrecompressed(HttpContext context, Microsoft.Extensions.FileProviders.IFileProvider files)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || !path.StartsWithSegments(DistPath)
            || !(path.Value!.EndsWith(".js", StringComparison.Ordinal) || path.Value.EndsWith(".css", StringComparison.Ordinal)))
        {
            return;
        }

        // The answer depends on Accept-Encoding whichever copy is sent.
        context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        var accepted = context.Request.GetTypedHeaders().AcceptEncoding;
        foreach (var (encoding, suffix) in Copies)
        {
            var acceptable = accepted.Any(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
            if (acceptable && files.GetFileInfo(path.Value + suffix).Exists)
            {
                context.Request.Path = path.Value + suffix;
                return;
            }
        }
    }

    private static void PrepareResponse(StaticFileResponseContext file)
    {
        var response = file.Context.Response;
        var path = file.Context.Request.Path;
        if (CopyOf(path) is { } copy)
        {
            response.Headers.ContentEncoding = copy.Encoding;
        }

        response.Headers.CacheControl = path.StartsWithSegments(ChunksPath) ? ImmutableCacheControl : RevalidateCacheControl;
    }

    /// <summary>The encoding and suffix of a compressed copy of the bundle's file, or null for any other file.</summary>
    private static (string Encoding, string Suffix)? CopyOf(PathString path) =>
        path.StartsWithSegments(DistPath)
            ? Copies.Select(c => ((string Encoding, string Suffix)?)c).FirstOrDefault(c => path.Value!.EndsWith(c!.Value.Suffix, StringComparison.Ordinal))
            : null;

    /// <summary>A compressed copy has the type of the file it is a copy of (the encoding says how it is packed).</summary>
    private sealed class PrecompressedContentTypes : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _types = new();

        public bool TryGetContentType(string subpath, out string contentType) =>
            _types.TryGetContentType(CopyOf(subpath) is { } copy ? subpath[..^copy.Suffix.Length] : subpath, out contentType!);
    }
}
