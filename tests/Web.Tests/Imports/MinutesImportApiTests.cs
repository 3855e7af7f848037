using System.Net;
using System.Net.Http.Json;
using System.Text;
using CommunityPlanning.Common;
using CommunityPlanning.Meetings;
using CommunityPlanning.Records;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.Web.WorkingGroups;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>Importing minutes into a group over HTTP: the preview saves nothing, saving makes a past meeting, bad input is refused, the round trip.</summary>
public sealed class MinutesImportApiTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    private static async Task<T> Read<T>(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(ApiClient.Json))!;
    }

    private static async Task<WorkingGroupDetails> GroupAsync(ApiClient organizer) =>
        await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Řídící pracovní skupina", targetGroup = "Seniors" });

    private static async Task<WorkingGroupView> ViewAsync(ApiClient organizer, Guid groupId) =>
        await organizer.GetAsync<WorkingGroupView>($"/api/working-groups/{groupId}");

    [Fact]
    public async Task The_preview_places_every_line_and_saves_nothing()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);

        var preview = await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes",
            new { text = MinutesCorpus.Text("02-rps-harmonogram"), confirm = false }));

        Assert.Null(preview.Saved);
        Assert.Empty(preview.Unplaced);
        Assert.Equal(MinutesCorpus.Expected("02-rps-harmonogram"), MinutesCorpus.Describe(preview.Lines));
        Assert.Equal(new RecordForm("KOMUNITNÍ PLÁNOVÁNÍ SOCIÁLNÍCH SLUŽEB REGIONU LIBEREC – ŘÍDÍCÍ PRACOVNÍ SKUPINA", "{title}", false, false, false,
            AttendanceOrder.AsEntered, RecorderForm.Masculine, "Harmonogram jednání Řídící pracovní skupiny pro rok 2027",
            "Termíny se mohou změnit, o změně budou členové informováni e-mailem."), preview.ProposedForm);
        var view = await ViewAsync(organizer, group.Id);
        Assert.Empty(view.Meetings);
        Assert.Empty(view.Group.Schedule);
    }

    [Fact]
    public async Task Saving_makes_a_past_meeting_with_agenda_attendance_notes_tasks_footer_schedule_and_the_record_form()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);
        var text = MinutesCorpus.Text("02-rps-harmonogram");

        var saved = (await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes",
            new { text, confirm = true, setRecordForm = true }))).Saved!;

        Assert.Equal((3, 5, 1, 1, 3, true), (saved.Items, saved.Present, saved.Excused, saved.Tasks, saved.ScheduleEntries, saved.RecordFormSet));
        var snapshot = await organizer.GetAsync<MeetingSnapshot>($"/api/meetings/{saved.MeetingId}");
        Assert.Equal(MeetingPhase.Ended, snapshot.Details.Phase);
        Assert.Equal("Zápis z jednání Řídící pracovní skupiny", snapshot.Details.Title);
        Assert.Equal(["Zprávy z pracovních skupin", "Financování sociálních služeb 2027", "Harmonogram jednání na příští rok"], snapshot.Agenda.Items.Select(i => i.Title));
        Assert.Equal([("Ing. Pavel Krejčí", Attendance.Present), ("Mgr. Hana Benešová", Attendance.Excused)],
            snapshot.Roster.Where(e => e.AccountId is null).Select(e => (e.DisplayName, e.Attendance)).Where(p => p.DisplayName is "Ing. Pavel Krejčí" or "Mgr. Hana Benešová"));
        var minutes = (await app.Host.Grains.GetGrain<IMeetingRecordsGrain>(saved.MeetingId).GetMinutes(null, new MinutesInputs(snapshot.Details, snapshot.Agenda))).View.Content;
        Assert.Equal("- PS Senioři připravuje dotazník potřeb\n- PS Rodiny s dětmi dokončila analýzu\n- PS Zdravotně postižení navrhuje nové opatření", minutes.Items[0].Notes);
        var task = minutes.Items[0].Tasks.Single();
        Assert.Equal(("zapracovat výstupy skupin do souhrnné zprávy", MinutesImportSaver.NoOne, new DateOnly(2026, 6, 30)), (task.Text, task.Responsible, task.Due!.Value));
        Assert.Equal(new MinutesFooter("Petr Dvořák", "V Liberci", new DateOnly(2026, 6, 5)), minutes.Footer);
        Assert.Equal([new DateOnly(2027, 1, 14), new DateOnly(2027, 4, 8), new DateOnly(2027, 10, 7)], (await ViewAsync(organizer, group.Id)).Group.Schedule.Select(s => s.Date));
        Assert.Equal(RecorderForm.Masculine, (await GetRecordForm(group.Id)).RecorderForm);
    }

    [Fact]
    public async Task An_import_never_replaces_a_meeting_of_that_day_unless_the_person_chooses_to_save_it_alongside()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);
        var text = MinutesCorpus.Text("01-ps-seniori");
        await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text, confirm = true }));

        var again = await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text, confirm = true });
        Assert.Equal((HttpStatusCode.Conflict, ErrorCodes.ImportMeetingExists), await ApiClient.ErrorOf(again));
        Assert.Single((await ViewAsync(organizer, group.Id)).Meetings);
        var preview = await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text, confirm = false }));
        Assert.NotNull(preview.Existing);

        await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text, confirm = true, alongsideExisting = true }));
        Assert.Equal(2, (await ViewAsync(organizer, group.Id)).Meetings.Count);
    }

    [Fact]
    public async Task A_word_file_is_imported_like_text()
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);

        var preview = await Read<MinutesImportResponse>(await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes",
            new { file = Convert.ToBase64String(WordMinutes.Make("09-rps-word")), confirm = false }));

        Assert.Equal(MinutesCorpus.Expected("09-rps-word"), MinutesCorpus.Describe(preview.Lines));
    }

    [Theory]
    [InlineData("binary", HttpStatusCode.UnsupportedMediaType, "import.unsupported_file")]
    [InlineData("broken-docx", HttpStatusCode.BadRequest, "import.malformed_file")]
    [InlineData("not-base64", HttpStatusCode.BadRequest, "import.malformed_file")]
    [InlineData("too-large", HttpStatusCode.BadRequest, "validation.too_long")]
    [InlineData("empty-text", HttpStatusCode.BadRequest, "validation.required")]
    public async Task Bad_input_is_refused_with_its_code_and_nothing_is_saved(string input, HttpStatusCode status, string code)
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await GroupAsync(organizer);
        object body = input switch
        {
            "binary" => new { file = Convert.ToBase64String([0xFF, 0xFE, 0x00, 0x01, 0x89, 0x50]), confirm = true },
            "broken-docx" => new { file = Convert.ToBase64String([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00]), confirm = true },
            "not-base64" => new { file = "%%%", confirm = true },
            "too-large" => new { file = Convert.ToBase64String(Encoding.UTF8.GetBytes(new string('a', MinutesSource.MaxFileBytes + 1))), confirm = true },
            _ => new { text = "   ", confirm = true },
        };

        var response = await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", body);

        Assert.Equal((status, code), await ApiClient.ErrorOf(response));
        Assert.Empty((await ViewAsync(organizer, group.Id)).Meetings);
    }

    private async Task<RecordForm> GetRecordForm(Guid groupId) => await app.Host.Grains.GetGrain<IRecordFormGrain>(groupId).Get();
}
