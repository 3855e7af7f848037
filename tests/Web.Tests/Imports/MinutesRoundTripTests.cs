using System.Net.Http.Json;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>
/// A record imported and exported again (Markdown of the current exports) gives back the same elements in the same
/// order: the items, their lists and tasks, the excused, the place, the date and the schedule's dates. Not compared yet,
/// because the current exports do not keep them (issue 22's record form and exports): the title ("Zápis z jednání: …"),
/// the heading lines, the order of the present and excused (sorted by first name; compared here as sets), the footer's date and the recorder's form, the
/// tasks' overview printed again, the schedule's own title and note, the "Ad" headings of an item's further blocks.
/// </summary>
public sealed class MinutesRoundTripTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    public static TheoryData<string> Names => [.. MinutesCorpus.TextNames];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Items_lists_tasks_people_and_schedule_come_back_after_an_export(string name)
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina", targetGroup = "Seniors" });
        var response = await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text = MinutesCorpus.Text(name), confirm = true });
        var imported = (await response.Content.ReadFromJsonAsync<MinutesImportResponse>(ApiClient.Json))!;

        var markdown = await (await organizer.GetAsync($"/api/meetings/{imported.Saved!.MeetingId}/minutes.md")).Content.ReadAsStringAsync();
        var exported = MinutesBuilder.Build(MinutesReader.Place(ImportText.Lines(markdown)));

        var before = imported.Minutes;
        Assert.Equal(before.Items.Select(i => i.Title), exported.Items.Select(i => i.Title));
        Assert.Equal(Bullets(before), Bullets(exported));
        Assert.Equal(Tasks(before), Tasks(exported));
        Assert.Equal(before.Present.Order(), exported.Present.Order());
        Assert.Equal(before.Excused.Order(), exported.Excused.Order());
        Assert.Equal(before.Place, exported.Place);
        Assert.Equal(before.Schedule?.Rows.Select(r => (r.Date, r.Time)), exported.Schedule?.Rows.Select(r => (r.Date, r.Time)));
        Assert.Equal(before.Date, exported.Date);
    }

    private static IEnumerable<string> Tasks(ImportedMinutes minutes) =>
        minutes.Items.SelectMany(i => i.Blocks.SelectMany(b => b.Elements).Where(e => e.Kind == MinutesElementKind.Task).Select(e => $"{i.Number}: {e.Text} {e.Due}"));

    private static IEnumerable<string> Bullets(ImportedMinutes minutes) =>
        minutes.Items.SelectMany(i => i.Blocks.SelectMany(b => b.Elements).Where(e => e.Kind == MinutesElementKind.Bullet).Select(e => $"{i.Number}: {e.Text}"));
}
