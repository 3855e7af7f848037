using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.LoadTest;

/// <summary>Brings people into a meeting as real clients.</summary>
public static class Audience
{
    private const int ConnectInParallel = 50;

    /// <summary>Admits people through one invite link of the role (as many uses as people) and connects them, 50 at a time.</summary>
    public static Task<List<AudienceClient>> ConnectAsync(ApiClient organizer, Uri baseUri, Guid meetingId, MeetingRole role, int count, string name, int capacity,
        bool facilitationEvents = true) =>
        ConnectAsync(organizer, [baseUri], meetingId, role, count, name, capacity, facilitationEvents);

    /// <summary>As above, person <c>i</c> coming to <c>servers[i % servers.Count]</c>.</summary>
    public static Task<List<AudienceClient>> ConnectAsync(ApiClient organizer, IReadOnlyList<Uri> servers, Guid meetingId, MeetingRole role, int count, string name,
        int capacity, bool facilitationEvents = true) =>
        AdmitAsync(organizer, servers, meetingId, role, count, name,
            (server, ticket) => AudienceClient.ConnectAsync(server, meetingId, ticket, null, capacity, facilitationEvents));

    /// <summary>Admits people as above, each connecting with <paramref name="connect"/> given their participant ticket.</summary>
    public static Task<List<T>> AdmitAsync<T>(ApiClient organizer, Uri baseUri, Guid meetingId, MeetingRole role, int count, string name,
        Func<string, Task<T>> connect) =>
        AdmitAsync(organizer, [baseUri], meetingId, role, count, name, (_, ticket) => connect(ticket));

    /// <summary>
    /// Admits people as above, person <c>i</c> joining and connecting on <c>servers[i % servers.Count]</c> (a ticket
    /// from one web server is good on every other: the key ring is shared).
    /// </summary>
    public static async Task<List<T>> AdmitAsync<T>(ApiClient organizer, IReadOnlyList<Uri> servers, Guid meetingId, MeetingRole role, int count, string name,
        Func<Uri, string, Task<T>> connect)
    {
        var invite = await organizer.PostAsync<InviteLink>($"/api/meetings/{meetingId}/invites", new { role });
        var clients = new List<T>(count);
        for (var start = 0; start < count; start += ConnectInParallel)
        {
            var batch = Enumerable.Range(start, Math.Min(ConnectInParallel, count - start)).Select(async i =>
            {
                var server = servers[i % servers.Count];
                using var visitor = new ApiClient(server); // each person has their own browser
                var joined = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = $"{name} {i + 1}" });
                return await connect(server, joined.Ticket);
            });
            clients.AddRange(await Task.WhenAll(batch));
        }

        return clients;
    }
}
