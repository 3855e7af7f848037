using System.Net;
using System.Text.Json;
using CommunityPlanning.Documents;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Documents;
using CommunityPlanning.Web.Meetings;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityPlanning.Web.Tests.Records;

/// <summary>A group's record form through the API, and the minutes of its meeting exported in it.</summary>
public sealed class RecordFormTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    [Fact]
    public async Task The_group_s_managers_set_its_form_and_the_minutes_follow_it_with_the_task_typed_in_the_notes_made_a_task_once()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídicí pracovní skupina", targetGroup = "Seniors" });
        Assert.Equal(RecordForm.Default, await organizer.GetAsync<RecordForm>($"/api/working-groups/{group.Id}/record-form"));

        var form = new RecordForm("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA", "Zápis z jednání ze dne {date}", false, false, false,
            AttendanceOrder.BySurname, RecorderForm.Feminine, "Harmonogram jednání pro rok {year}", "Změna termínů vyhrazena.");
        Assert.Equal(form, await organizer.PutAsync<RecordForm>($"/api/working-groups/{group.Id}/record-form", form));
        Assert.Equal((HttpStatusCode.BadRequest, "validation.invalid_value"), await ApiClient.ErrorOf(await organizer.PutAsync(
            $"/api/working-groups/{group.Id}/record-form", new { heading = "X", attendanceOrder = 7, recorderForm = "Feminine" })));
        Assert.Equal(form, await organizer.GetAsync<RecordForm>($"/api/working-groups/{group.Id}/record-form"));

        var meeting = await MeetingSetup.CreateMeetingAsync(organizer, groupId: group.Id);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        var f = facilitator.Connection;
        await f.ExecuteAsync(meeting.Id, new AddAgendaItem(new("Aktuality", null, 10, AgendaItemKind.Other), null));
        var minutes = await f.InvokeAsync<DocumentSnapshot>(nameof(MeetingHub.OpenMinutes), meeting.Id);
        await f.InvokeAsync<EditAck>(nameof(MeetingHub.SubmitEdit), meeting.Id, new EditRequest(minutes.Sections[0].SectionId, 0,
            JsonSerializer.SerializeToElement(new object[] { "Skupina se dohodla oslovit pečující.\nZ: K. Marcinková, T: 15. 12." }), "f-1", minutes.DocumentId));
        await f.ExecuteAsync(meeting.Id, new SetMinutesFooter(new MinutesFooter("Kateřina Marcinková", "V Liberci", new DateOnly(2026, 12, 3))));

        // The draft, exported twice: the line became one task under the item, and stays one.
        var draft = await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md");
        draft.EnsureSuccessStatusCode();
        var tasks = await facilitator.WaitForAsync<ActionItemsChanged>(_ => true);
        var task = Assert.Single(tasks.Items);
        Assert.Equal(("Skupina se dohodla oslovit pečující.", "K. Marcinková", new DateOnly(2026, 12, 15), minutes.Sections[0].SectionId),
            (task.Text, task.Responsible, task.Due, task.AgendaItemId));
        (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md")).EnsureSuccessStatusCode();
        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{meeting.Id}");
        Assert.Equal([task.Id], snapshot.ActionItems.Select(t => t.Id));

        await f.ExecuteAsync(meeting.Id, new ApproveMinutes());
        var record = (await (await organizer.GetAsync($"/api/meetings/{meeting.Id}/minutes.md?version=1")).Content.ReadAsStringAsync()).ReplaceLineEndings("\n");
        Assert.StartsWith("**KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB – ŘÍDICÍ PRACOVNÍ SKUPINA**\n\n# Zápis z jednání ze dne 1. 12. 2026\n", record);
        Assert.Contains("Skupina se dohodla oslovit pečující.  \nZ: K. Marcinková, T: 15. 12. 2026  \n", record);
        Assert.DoesNotContain("Úkol", record);
        Assert.DoesNotContain("Facilitátor", record);
        Assert.DoesNotContain("Schváleno", record);
        Assert.EndsWith("V Liberci dne 3. 12. 2026, zapsala: Kateřina Marcinková  \n", record);
    }

    [Fact]
    public async Task Approving_minutes_without_a_written_on_date_dates_them_the_day_of_the_approval()
    {
        using var organizer = await app.SignedInAdminAsync();
        var meeting = await MeetingSetup.CreateMeetingAsync(organizer);
        await using var facilitator = await LiveClient.ConnectAsync(app.Host.BaseUri, organizer.Cookies);
        await facilitator.JoinAsync(meeting.Id);
        await facilitator.Connection.ExecuteAsync(meeting.Id, new SetMinutesFooter(new MinutesFooter("Lucie Hrubá", "V Liberci")));

        await facilitator.Connection.ExecuteAsync(meeting.Id, new ApproveMinutes());

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, CommunityPlanning.Common.PragueTime.Zone).DateTime);
        var changed = await facilitator.WaitForAsync<MinutesChanged>(e => e.Minutes.Versions.Count == 1);
        Assert.Equal(today, changed.Minutes.Footer.WrittenOn);
    }
}
