using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityPlanning.Web.Common;
using CommunityPlanning.Web.Security;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Authorization;

/// <summary>
/// A browser of one role for one cell: a copy of the role's cookie (so a cell that signs in or out leaves the role's
/// session alone), its participant ticket in <c>X-Participant-Ticket</c>, the antiforgery header on changes. Answers
/// are returned once their headers are in, as some endpoints stream.
/// </summary>
public sealed class CellClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string? _ticket;
    private string? _antiforgery;

    public CellClient(Uri baseUri, CookieContainer? signedIn, string? ticket)
    {
        if (signedIn is not null)
        {
            Cookies.Add(signedIn.GetAllCookies());
        }

        _ticket = ticket;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = baseUri };
    }

    public CookieContainer Cookies { get; } = new();

    public Uri BaseUri => _http.BaseAddress!;

    public Task<HttpResponseMessage> SendAsync(HttpCall call) => call.Send?.Invoke(this) ?? SendAsync(call.Method, call.Path, call);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpCall call)
    {
        var request = new HttpRequestMessage(method, path);
        if (call.Raw is not null)
        {
            request.Content = new ByteArrayContent(call.Raw);
        }
        else if (call.Body is not null)
        {
            request.Content = JsonContent.Create(call.Body, options: ApiClient.Json);
        }

        foreach (var (name, value) in call.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        if (_ticket is not null)
        {
            request.Headers.Add(MeetingCaller.TicketHeader, _ticket);
        }

        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            request.Headers.Add(AntiforgeryFilter.HeaderName, await AntiforgeryAsync());
        }

        return await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private async Task<string> AntiforgeryAsync()
    {
        if (_antiforgery is null)
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync("/api/auth/antiforgery"));
            _antiforgery = document.RootElement.GetProperty("token").GetString()!;
        }

        return _antiforgery;
    }

    public void Dispose() => _http.Dispose();
}
