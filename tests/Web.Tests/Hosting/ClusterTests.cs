using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Hosting;

/// <summary>
/// The cluster mode: a stand-alone silo and two web servers in client mode on PostgreSQL. Clients of one
/// meeting on different web servers see each other's presence, complete and in order.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private WebCluster _cluster = null!;
    private WebAppHost _webA = null!;
    private WebAppHost _webB = null!;

    public async Task InitializeAsync()
    {
        _cluster = await WebCluster.StartAsync(webServers: 2);
        (_webA, _webB) = (_cluster.WebServers[0], _cluster.WebServers[1]);
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Clients_on_two_web_servers_see_each_others_presence_complete_and_in_order()
    {
        using var organizer = new ApiClient(_webA.BaseUri);
        await organizer.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        using var visitor = new ApiClient(_webB.BaseUri);
        var petr = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Petr Svoboda");
        var jana = await MeetingSetup.JoinAsync(organizer, visitor, meeting.Id, MeetingRole.Participant, "Jana Nováková");

        await using var facilitatorOnA = await LiveClient.ConnectAsync(_webA.BaseUri, organizer.Cookies);
        var facilitatorStart = await facilitatorOnA.JoinAsync(meeting.Id);
        // A ticket issued by web server A is accepted by B: the Data Protection key ring is shared.
        await using var petrOnB = await LiveClient.ConnectAsync(_webB.BaseUri);
        var petrStart = await petrOnB.JoinAsync(meeting.Id, petr.Ticket);
        Assert.Contains(facilitatorStart.You.ParticipantId, petrStart.Present);
        await facilitatorOnA.WaitForAsync<PresenceChanged>(p => p.ParticipantId == petr.ParticipantId && p.IsPresent);

        var janaOnA = await LiveClient.ConnectAsync(_webA.BaseUri);
        await janaOnA.JoinAsync(meeting.Id, jana.Ticket);
        await petrOnB.WaitForAsync<PresenceChanged>(p => p.ParticipantId == jana.ParticipantId && p.IsPresent);
        await janaOnA.DisposeAsync();
        await petrOnB.WaitForAsync<PresenceChanged>(p => p.ParticipantId == jana.ParticipantId && !p.IsPresent);
        await facilitatorOnA.WaitForAsync<PresenceChanged>(p => p.ParticipantId == jana.ParticipantId && !p.IsPresent);

        AssertCompleteAndInOrder(facilitatorOnA, facilitatorStart.Seq);
        AssertCompleteAndInOrder(petrOnB, petrStart.Seq);
        // Both saw the same events after Petr's snapshot, in the same order.
        Assert.Equal(
            facilitatorOnA.Received.Where(e => e.Seq > petrStart.Seq),
            petrOnB.Received.Where(e => e.Seq > petrStart.Seq));
    }

    [Fact]
    public async Task The_organizer_cookie_from_one_web_server_works_on_the_other()
    {
        using var onA = new ApiClient(_webA.BaseUri);
        await onA.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);
        var group = await onA.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí skupina", targetGroup = "Steering" });

        using var onB = new ApiClient(_webB.BaseUri);
        foreach (System.Net.Cookie cookie in onA.Cookies.GetCookies(_webA.BaseUri))
        {
            onB.Cookies.Add(_webB.BaseUri, new System.Net.Cookie(cookie.Name, cookie.Value));
        }

        Assert.Contains(await onB.GetAsync<List<WorkingGroupSummary>>("/api/working-groups"), g => g.Id == group.Id);
    }

    [Fact]
    public async Task The_shared_key_ring_is_stored_encrypted_with_the_web_servers_certificate()
    {
        using var onA = new ApiClient(_webA.BaseUri);
        await onA.SignInAsync(TestAccounts.AdminEmail, TestAccounts.AdminPassword);

        await KeyRingAssert.AllEncryptedAsync(_webB.Grains, _cluster.KeyRingCertificate);
    }

    private static void AssertCompleteAndInOrder(LiveClient client, long snapshotSeq)
    {
        var after = client.Received.Where(e => e.Seq > snapshotSeq).Select(e => e.Seq).ToList();
        Assert.NotEmpty(after);
        Assert.Equal(Enumerable.Range((int)snapshotSeq + 1, after.Count).Select(s => (long)s), after);
    }
}
