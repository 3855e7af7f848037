using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>A browser-like HTTP client: keeps cookies and sends the antiforgery header the way the UI does.</summary>
public sealed class ApiClient : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly HttpClient _http;
    private string? _antiforgery;

    /// <param name="trusted">The one server certificate this client accepts besides those the machine trusts (a test's own).</param>
    public ApiClient(Uri baseUri, X509Certificate2? trusted = null)
    {
        Cookies = new CookieContainer();
        var handler = new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false };
        if (trusted is not null)
        {
            handler.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
                errors == System.Net.Security.SslPolicyErrors.None || certificate?.Thumbprint == trusted.Thumbprint;
        }

        _http = new HttpClient(handler) { BaseAddress = baseUri };
    }

    public CookieContainer Cookies { get; }

    public Uri BaseUri => _http.BaseAddress!;

    /// <summary>Headers sent with every request of this client (e.g. the ones a reverse proxy adds).</summary>
    public System.Net.Http.Headers.HttpRequestHeaders DefaultHeaders => _http.DefaultRequestHeaders;

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostAsync("/api/auth/sign-in", new { email, password });
        response.EnsureSuccessStatusCode();
        _antiforgery = null; // the token is bound to the user: fetch a new one
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public async Task<HttpResponseMessage> PostAsync(string path, object body) =>
        await SendAsync(HttpMethod.Post, path, JsonContent.Create(body, options: Json));

    public async Task<HttpResponseMessage> PutAsync(string path, object body) =>
        await SendAsync(HttpMethod.Put, path, JsonContent.Create(body, options: Json));

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent content, bool withAntiforgery = true)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (withAntiforgery)
        {
            request.Headers.Add("X-CSRF-TOKEN", await AntiforgeryAsync());
        }

        return await _http.SendAsync(request);
    }

    /// <summary>Sends a request as built by the test (its own headers), with this client's cookies.</summary>
    public Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request) => _http.SendAsync(request);

    public async Task<T> PostAsync<T>(string path, object body)
    {
        var response = await PostAsync(path, body);
        await EnsureSuccess(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> PutAsync<T>(string path, object body)
    {
        var response = await PutAsync(path, body);
        await EnsureSuccess(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> GetAsync<T>(string path)
    {
        var response = await _http.GetAsync(path);
        await EnsureSuccess(response);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>The documented error code of a refused request.</summary>
    public static async Task<(HttpStatusCode Status, string? Code)> ErrorOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return (response.StatusCode, document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null);
    }

    private static async Task EnsureSuccess(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<string> AntiforgeryAsync()
    {
        if (_antiforgery is null)
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync("/api/auth/antiforgery"));
            _antiforgery = document.RootElement.GetProperty("token").GetString();
        }

        return _antiforgery!;
    }

    public void Dispose() => _http.Dispose();
}
