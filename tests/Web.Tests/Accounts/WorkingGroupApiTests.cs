using System.Net;
using CommunityPlanning.Common;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Accounts;

public sealed class WorkingGroupApiTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_manager_keeps_members_and_the_schedule_of_meetings()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina pro seniory", targetGroup = "Seniors" });

        await organizer.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group.Id}/members", new { name = "Kateřina Marcinková", organization = "ORK" });
        var response = await organizer.PutAsync($"/api/working-groups/{group.Id}/schedule", new[]
        {
            new { date = "2027-02-10", time = "13:00:00", place = "Liberec" },
            new { date = "2027-01-13", time = "13:00:00", place = "Liberec" },
        });
        response.EnsureSuccessStatusCode();

        var view = await organizer.GetAsync<CommunityPlanning.Web.WorkingGroups.WorkingGroupView>($"/api/working-groups/{group.Id}");
        Assert.Equal("Kateřina Marcinková", view.Group.Members.Single().Name);
        Assert.Equal([new DateOnly(2027, 1, 13), new DateOnly(2027, 2, 10)], view.Group.Schedule.Select(p => p.Date));
    }

    [Fact]
    public async Task A_member_name_with_control_characters_is_refused_and_not_stored()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina", targetGroup = "Addiction" });

        var response = await organizer.PostAsync($"/api/working-groups/{group.Id}/members", new { name = "Jana\u0000" });

        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.ControlCharacters), await ApiClient.ErrorOf(response));
        Assert.Empty((await organizer.GetAsync<CommunityPlanning.Web.WorkingGroups.WorkingGroupView>($"/api/working-groups/{group.Id}")).Group.Members);
    }

    [Fact]
    public async Task A_manager_edits_a_member_s_ico_and_interests_and_a_wrong_check_digit_changes_nothing()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Skupina pro seniory", targetGroup = "Seniors" });
        var member = (await organizer.PostAsync<WorkingGroupDetails>($"/api/working-groups/{group.Id}/members", new { name = "Adam Novák" })).Members.Single();

        var edited = await organizer.PutAsync<WorkingGroupDetails>($"/api/working-groups/{group.Id}/members/{member.Id}",
            new { name = "Adam Novák", organization = "Domov Harcov", ico = "254 65 015", interests = new[] { new { ico = (string?)null, name = "Poradna Liberec" } } });
        var stored = edited.Members.Single();
        Assert.Equal((member.Id, "25465015", "Poradna Liberec"), (stored.Id, stored.Ico, stored.Interests!.Single().Name));

        var refused = await organizer.PutAsync($"/api/working-groups/{group.Id}/members/{member.Id}", new { name = "Adam Novák", ico = "25465016" });
        Assert.Equal((HttpStatusCode.BadRequest, ErrorCodes.InvalidValue), await ApiClient.ErrorOf(refused));
        var after = (await organizer.GetAsync<CommunityPlanning.Web.WorkingGroups.WorkingGroupView>($"/api/working-groups/{group.Id}")).Group.Members.Single();
        Assert.Equal("25465015", after.Ico);
    }
}
