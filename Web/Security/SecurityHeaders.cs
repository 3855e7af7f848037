namespace CommunityPlanning.Web.Security;

/// <summary>
/// Headers every response carries: static files, the API, error answers, the page of the browser app, the dashboard.
/// They are added just before the headers are sent, so an error answer (the exception handler clears the response
/// first) has them too; a header an endpoint set itself is kept.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts only from our own files: no inline script, no eval. Styles also inline, because CodeMirror puts its
    /// theme in a &lt;style&gt; element and the dashboard uses style attributes; styles cannot run script.
    /// <c>connect-src 'self'</c> covers the fetches and SignalR's WebSocket to the same origin; the dashboard's
    /// stylesheet has its icons and one font as <c>data:</c> URIs. Nobody may frame a page (clickjacking).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Powerful features nothing here uses, off for the page and anything it could embed.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        // For browsers that do not know frame-ancestors.
        new("X-Frame-Options", "DENY"),
        // Addresses carry meeting and group ids; nothing we link to needs to know where the visitor came from.
        new("Referrer-Policy", "no-referrer"),
        new("Permissions-Policy", PermissionsPolicy),
        // A page we open in a new tab (the projector, a printed record) or that opens ours shares no window with it.
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Cross-Origin-Resource-Policy", "same-origin"),
    ];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpResponse)state).Headers;
                foreach (var (name, value) in All)
                {
                    if (!headers.ContainsKey(name))
                    {
                        headers[name] = value;
                    }
                }

                return Task.CompletedTask;
            }, context.Response);
            return next(context);
        });
}
