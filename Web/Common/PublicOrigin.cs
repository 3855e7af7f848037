namespace CommunityPlanning.Web.Common;

/// <summary>
/// The address people reach the application by — scheme, host and port as the browser sent them, or as the proxy
/// forwarded them (deploy/nginx) — for the links it writes into answers and files (invites, feeds, answer links).
/// </summary>
public static class PublicOrigin
{
    public static string Of(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";
}
