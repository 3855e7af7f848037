using System.Net.Http.Json;
using CommunityPlanning.Web.Intentions;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.Web.Tests.Intentions;

/// <summary>A provider's browser: no account, the submission link's token in its header on every call.</summary>
public sealed class SubmissionClient(ApiClient client, string token)
{
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null) =>
        Send(method, path, content, token);

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, JsonContent.Create(body, options: ApiClient.Json));

    public Task<HttpResponseMessage> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, JsonContent.Create(body, options: ApiClient.Json));

    public Task<HttpResponseMessage> UploadAsync(string name, byte[] content) =>
        SendAsync(HttpMethod.Post, $"/api/submission/attachments?name={Uri.EscapeDataString(name)}", new ByteArrayContent(content));

    public async Task<HttpResponseMessage> Send(HttpMethod method, string path, HttpContent? content, string? withToken)
    {
        var antiforgery = method == HttpMethod.Get ? null : await client.GetAsync<AntiforgeryToken>("/api/auth/antiforgery");
        using var request = new HttpRequestMessage(method, path) { Content = content };
        // The server refuses a too large upload by its length, before reading it; waiting for its go-ahead keeps
        // the client from writing the body into a connection already answered (a "broken pipe" under load).
        request.Headers.ExpectContinue = content is ByteArrayContent;
        if (withToken is not null)
        {
            request.Headers.Add(SubmissionAccess.Header, withToken);
        }

        if (antiforgery is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", antiforgery.Token);
        }

        return await client.SendRawAsync(request);
    }

    private sealed record AntiforgeryToken(string Token);
}
