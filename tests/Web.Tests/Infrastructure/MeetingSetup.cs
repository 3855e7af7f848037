using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Infrastructure;

/// <summary>Creates a working group and a meeting through the HTTP API as the signed-in organizer.</summary>
public static class MeetingSetup
{
    public static async Task<MeetingDetails> CreateMeetingAsync(ApiClient organizer, Guid? visionDocumentId = null, Guid? groupId = null)
    {
        groupId ??= (await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups",
            new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" })).Id;
        return await organizer.PostAsync<MeetingDetails>($"/api/working-groups/{groupId}/meetings",
            new { title = "Setkání pracovní skupiny", startsAt = "2026-12-01T13:00:00", place = "Liberec", visionDocumentId });
    }

    /// <summary>A working group with a vision document of the given sections, and a meeting working on it.</summary>
    public static async Task<(MeetingDetails Meeting, VisionDocumentDetails Document)> CreateVisionMeetingAsync(
        ApiClient organizer, params (string Heading, string Text)[] sections)
    {
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Seniors" });
        var document = await organizer.PostAsync<VisionDocumentDetails>($"/api/working-groups/{group.Id}/vision-documents", new
        {
            title = "Vize",
            sections = sections.Select(s => new { heading = s.Heading, text = s.Text }).ToArray(),
        });
        return (await CreateMeetingAsync(organizer, document.Id, group.Id), document);
    }

    public static Task<InviteLink> InviteAsync(ApiClient organizer, Guid meetingId, MeetingRole role) =>
        organizer.PostAsync<InviteLink>($"/api/meetings/{meetingId}/invites", new { role });

    /// <summary>Redeems a new invite of the given role as an anonymous visitor.</summary>
    public static async Task<JoinResult> JoinAsync(ApiClient organizer, ApiClient visitor, Guid meetingId, MeetingRole role, string name)
    {
        var invite = await InviteAsync(organizer, meetingId, role);
        return await visitor.PostAsync<JoinResult>("/api/join", new { token = invite.Token, displayName = name });
    }
}
