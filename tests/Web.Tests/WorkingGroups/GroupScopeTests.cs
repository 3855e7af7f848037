using System.Net;
using CommunityPlanning.Accounts;
using CommunityPlanning.Common;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.WorkingGroups;

/// <summary>An organizer reads and changes only the groups they manage (security finding 1).</summary>
public sealed class GroupScopeTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static async Task AssertForbidden(HttpResponseMessage response) =>
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.Forbidden), await ApiClient.ErrorOf(response));

    [Fact]
    public async Task An_organizer_of_another_group_neither_reads_nor_changes_the_group()
    {
        using var manager = await app.SignedInOrganizerAsync("Správkyně skupiny");
        var (meeting, document) = await MeetingSetup.CreateVisionMeetingAsync(manager, ("Oblast", "Text vize."));
        var groupId = meeting.WorkingGroupId;
        using var outsider = await app.SignedInOrganizerAsync("Cizí organizátor");

        Assert.DoesNotContain(groupId, (await outsider.GetAsync<List<WorkingGroupSummary>>("/api/working-groups")).Select(g => g.Id));
        foreach (var path in new[]
        {
            $"/api/working-groups/{groupId}", $"/api/working-groups/{groupId}/calendar.ics", $"/api/working-groups/{groupId}/tasks",
            $"/api/working-groups/{groupId}/plans", $"/api/vision-documents/{document.Id}", $"/api/meetings/{meeting.Id}",
        })
        {
            await AssertForbidden(await outsider.GetAsync(path));
        }

        await AssertForbidden(await outsider.PostAsync($"/api/working-groups/{groupId}/meetings",
            new { title = "Cizí setkání", startsAt = "2026-12-10T13:00:00", visionDocumentId = document.Id }));
        await AssertForbidden(await outsider.PostAsync($"/api/working-groups/{groupId}/vision-documents",
            new { title = "Cizí vize", sections = new[] { new { heading = "A", text = "B" } } }));
        await AssertForbidden(await outsider.PostAsync($"/api/working-groups/{groupId}/members", new { name = "Vetřelec" }));
        await AssertForbidden(await outsider.PutAsync($"/api/working-groups/{groupId}/schedule", Array.Empty<object>()));
        await AssertForbidden(await outsider.PostAsync($"/api/working-groups/{groupId}/calendar-feed", new { }));

        var view = await manager.GetAsync<WorkingGroupView>($"/api/working-groups/{groupId}");
        Assert.Equal([meeting.Id], view.Group.MeetingIds);
        Assert.Equal([document.Id], view.Group.VisionDocumentIds);
        Assert.Empty(view.Group.Members);
    }

    [Fact]
    public async Task An_administrator_makes_an_organizer_a_manager_and_only_then_they_run_the_group()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí skupina", targetGroup = "Steering" });
        using var organizer = await app.SignedInOrganizerAsync("Nová správkyně");
        var me = await organizer.GetAsync<OrganizerAccount>("/api/auth/me");

        await AssertForbidden(await organizer.PutAsync($"/api/working-groups/{group.Id}/managers", new { accountIds = new[] { me.Id } }));
        var details = await admin.PutAsync($"/api/working-groups/{group.Id}/managers", new { accountIds = new[] { me.Id } });
        details.EnsureSuccessStatusCode();

        Assert.Contains(group.Id, (await organizer.GetAsync<List<WorkingGroupSummary>>("/api/working-groups")).Select(g => g.Id));
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, groupId: group.Id);
        Assert.Equal(MeetingRole.Facilitator, (await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}")).You.Role);

        // Taken off the group, they lose it and its meetings.
        (await admin.PutAsync($"/api/working-groups/{group.Id}/managers", new { accountIds = Array.Empty<Guid>() })).EnsureSuccessStatusCode();
        await AssertForbidden(await organizer.GetAsync($"/api/working-groups/{group.Id}"));
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCodes.ParticipantRemoved),
            await ApiClient.ErrorOf(await organizer.GetAsync($"/api/meetings/{meeting.Id}")));
    }

    [Fact]
    public async Task Managers_must_be_existing_active_accounts()
    {
        using var admin = await app.SignedInAdminAsync();
        var group = await admin.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });

        var response = await admin.PutAsync($"/api/working-groups/{group.Id}/managers", new { accountIds = new[] { Guid.NewGuid() } });

        Assert.Equal((HttpStatusCode.NotFound, ErrorCodes.NotFound), await ApiClient.ErrorOf(response));
        Assert.Single((await admin.GetAsync<WorkingGroupView>($"/api/working-groups/{group.Id}")).Group.Managers);
    }
}
