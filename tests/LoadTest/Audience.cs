using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;

namespace CommunityPlanning.LoadTest;

/// <summary>Brings people into a meeting as real clients.</summary>
public static class Audience
{
    private const int ConnectInParallel = 50;

    /// <summary>Admits people through one invite link of the role (as many uses as people) and connects them, 50 at a time.</summary>
    public static async Task<List<AudienceClient>> ConnectAsync(ApiClient organizer, Uri baseUri, Guid meetingId, MeetingRole role, int count, string name, int capacity,
        bool facilitationEvents = true)
    {
        var invite = await organizer.PostAsync<InviteLink>($"/api/meetings/{meetingId}/invites", new { role });
        var clients = new List<AudienceClient>(count);
        for (var start = 0; start < count; start += ConnectInParallel)
        {
            var batch = Enumerable.Range(start, Math.Min(ConnectInParallel, count - start)).Select(async i =>
            {
                using var visitor = new ApiClient(baseUri); // each person has their own browser
                var joined = await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = $"{name} {i + 1}" });
                return await AudienceClient.ConnectAsync(baseUri, meetingId, joined.Ticket, null, capacity, facilitationEvents);
            });
            clients.AddRange(await Task.WhenAll(batch));
        }

        return clients;
    }
}
