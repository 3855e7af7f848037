using System.Net.Http.Json;
using CommunityPlanning.Web.Imports;
using CommunityPlanning.Web.Imports.Minutes;
using CommunityPlanning.Web.Tests.Infrastructure;
using CommunityPlanning.WorkingGroups;

namespace CommunityPlanning.Web.Tests.Imports;

/// <summary>
/// A record imported (the group's record form taken from it) and exported again (Markdown) gives back the same
/// elements in the same order: the title, date and place, the present and the excused in the record's order, the
/// programme in its order, each item's lists and tasks (text and deadline) in their order, the schedule with its title
/// and note, and the footer (where, the day written, who, and their "zapsal"/"zapsala"). A heading line above the title
/// (02, 08) comes back as the Markdown's bold first line, and a task's responsible as the record wrote them. The time
/// comes back as the record gave it, and a record that gives only the day comes back without one (not as 0:00).
/// </summary>
public sealed class MinutesRoundTripTests(EmbeddedAppFixture app) : IClassFixture<EmbeddedAppFixture>
{
    public static TheoryData<string> Names => [.. MinutesCorpus.TextNames];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Every_element_comes_back_in_its_order_after_an_export(string name)
    {
        using var organizer = await app.SignedInAdminAsync();
        var group = await organizer.PostAsync<WorkingGroupDetails>("/api/working-groups", new { name = "Pracovní skupina", targetGroup = "Seniors" });
        var response = await organizer.PostAsync($"/api/working-groups/{group.Id}/imports/minutes", new { text = MinutesCorpus.Text(name), confirm = true, setRecordForm = true });
        var imported = (await response.Content.ReadFromJsonAsync<MinutesImportResponse>(ApiClient.Json))!;

        var markdown = await (await organizer.GetAsync($"/api/meetings/{imported.Saved!.MeetingId}/minutes.md")).Content.ReadAsStringAsync();
        var exported = MinutesBuilder.Build(MinutesReader.Place(ImportText.Lines(markdown)));

        var before = imported.Minutes;
        Assert.Equal(before.Heading, exported.Heading);
        Assert.Equal(before.Title, exported.Title);
        Assert.Equal((before.Date, before.Time, before.Place), (exported.Date, exported.Time, exported.Place));
        Assert.Equal(before.Present, exported.Present);
        Assert.Equal(before.Excused, exported.Excused);
        Assert.Equal(before.Items.Select(i => i.Title), exported.Items.Select(i => i.Title));
        Assert.Equal(Elements(before, MinutesElementKind.Bullet), Elements(exported, MinutesElementKind.Bullet));
        Assert.Equal(Tasks(before), Tasks(exported));
        Assert.Equal(before.Schedule?.Rows.Select(r => (r.Date, r.Time)), exported.Schedule?.Rows.Select(r => (r.Date, r.Time)));
        Assert.Equal((before.Schedule?.Title, before.Schedule?.Note), (exported.Schedule?.Title, exported.Schedule?.Note));
        Assert.Equal(before.Footer, exported.Footer);
    }

    private static IEnumerable<string> Tasks(ImportedMinutes minutes) =>
        minutes.Items.SelectMany(i => i.Blocks.SelectMany(b => b.Elements).Where(e => e.Kind == MinutesElementKind.Task)
            .Select(e => $"{i.Number}: {e.Text} | {e.Responsible} | {e.Due}"));

    private static IEnumerable<string> Elements(ImportedMinutes minutes, MinutesElementKind kind) =>
        minutes.Items.SelectMany(i => i.Blocks.SelectMany(b => b.Elements).Where(e => e.Kind == kind).Select(e => $"{i.Number}: {e.Text}"));
}
